// StageAnalysisTests
