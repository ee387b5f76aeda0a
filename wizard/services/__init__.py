"""Network clients, keyring access and network settings. No Qt."""
