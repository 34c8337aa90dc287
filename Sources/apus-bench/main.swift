print("apus-bench: not yet implemented")
