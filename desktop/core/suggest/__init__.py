"""Learned template suggestions: features, model, training and the agent's pick memory."""
