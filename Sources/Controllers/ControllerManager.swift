import Client
