// StageRenderTests
