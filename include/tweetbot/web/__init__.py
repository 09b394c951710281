"""The Tweet queue page served inside the Airflow UI (FastAPI app mounted by plugins/)."""
