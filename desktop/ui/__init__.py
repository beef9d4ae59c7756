"""Qt widgets only: windows, panes, dialogs and the background-operation helper."""
