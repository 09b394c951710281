"""Thin Airflow adapters: hooks wrap connections, operators wrap the core. Only imported by DAG tasks."""
