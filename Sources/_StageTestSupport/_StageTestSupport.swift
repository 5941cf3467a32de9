// _StageTestSupport module: see DECISIONS.md for its role.
