# syntax=docker/dockerfile:1
# tweetbot's Airflow image, installed the way `make install` installs (requirements.txt pinned, every
# transitive package held by constraints.txt, `pip check` clean), minus the test tools.
#
#   docker build --target airflow -t tweetbot-airflow .       # api-server, scheduler, workers, …
#   docker build --target gpu     -t tweetbot-airflow-gpu .   # the queue `gpu` worker: both model backends + CUDA
#
# docker compose builds both (see docker-compose.yaml).
ARG PYTHON_VERSION=3.11

FROM python:${PYTHON_VERSION}-slim-bookworm AS airflow
ENV AIRFLOW_HOME=/opt/airflow \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/airflow/dags \
    AIRFLOW__CORE__PLUGINS_FOLDER=/opt/airflow/plugins \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# curl: healthchecks; dumb-init: signals reach Airflow (and Celery's warm shutdown, DUMB_INIT_SETSID=0).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl dumb-init \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 50000 --gid 0 --home-dir /opt/airflow --no-create-home --shell /bin/bash airflow \
 && mkdir -p /opt/airflow/logs /opt/airflow/auth /opt/airflow/artifacts /opt/airflow/models \
 && chown -R 50000:0 /opt/airflow && chmod -R g+rwX /opt/airflow

WORKDIR /opt/tweetbot
# Dependencies first (a layer that changes only with the pins), then the project itself.
COPY requirements.txt requirements-torch.txt constraints.txt ./
RUN python -m venv /opt/venv \
 && pip install --upgrade "pip>=24" \
 && pip install -r requirements.txt -c constraints.txt
COPY pyproject.toml ./
COPY include ./include
RUN pip install --no-deps . && pip check

COPY --chown=50000:0 dags /opt/airflow/dags
COPY --chown=50000:0 plugins /opt/airflow/plugins
COPY --chown=50000:0 deploy /opt/airflow/deploy
WORKDIR /opt/airflow
USER 50000
EXPOSE 8080
ENTRYPOINT ["/usr/bin/dumb-init", "--"]
CMD ["airflow", "version"]

# The GPU worker: the same image plus the CUDA builds of the model backends (pip's nvidia-* wheels). The
# host needs only the NVIDIA driver and the NVIDIA Container Toolkit; the CUDA runtime comes from here.
# GPU_BACKENDS picks them: gpt2simple = TensorFlow's CUDA libraries, torch = PyTorch's CUDA build. The
# torch backend never imports TensorFlow (it reads and writes the checkpoints itself), so
# GPU_BACKENDS=torch skips TensorFlow's ~3 GB of CUDA wheels; runs stay usable by either backend.
FROM airflow AS gpu
USER root
ARG GPU_BACKENDS="gpt2simple torch"
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cu128
RUN case " $GPU_BACKENDS " in *" gpt2simple "*) \
      pip install "tensorflow[and-cuda]==2.21.0" -c /opt/tweetbot/constraints.txt ;; esac \
 && case " $GPU_BACKENDS " in *" torch "*) \
      pip install --extra-index-url "$TORCH_INDEX_URL" -r /opt/tweetbot/requirements-torch.txt \
        -c /opt/tweetbot/constraints.txt ;; esac \
 && pip check
USER 50000
