# conda (Miniconda): conda env create from a file, a SHELL that runs inside the environment, conda
# clean, and an ENTRYPOINT through conda run.
FROM continuumio/miniconda3:24.7.1-0

WORKDIR /app
COPY environment.yml .
RUN conda env create -f environment.yml && conda clean -afy

SHELL ["conda", "run", "-n", "app", "/bin/bash", "-c"]
RUN python -c "import flask"

COPY . .
ENTRYPOINT ["conda", "run", "--no-capture-output", "-n", "app", "python", "server.py"]
