"""Reply templates: discovery and layering, sandboxed rendering, suggestions."""
