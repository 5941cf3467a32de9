// StageAppTests
