"""The front panel (`pagelab panel`): model.py drives a kernel step by step and takes read-only
snapshots, view.py draws them with pygame, record.py saves and replays runs, app.py is the
command line and the window's event loop."""
