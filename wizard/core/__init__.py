"""Flow, model, field rules and export. Pure Python: nothing here may import Qt."""
