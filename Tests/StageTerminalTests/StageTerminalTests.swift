// StageTerminalTests
