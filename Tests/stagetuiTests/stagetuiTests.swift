// stagetuiTests
