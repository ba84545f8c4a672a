"""Widgets: they display what they are given and post what the reader asked for."""
