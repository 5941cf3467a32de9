// StageRender module: see DECISIONS.md for its role.
