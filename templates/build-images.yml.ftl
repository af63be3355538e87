<#list header as line>
# ${line}
</#list>
name: build-images

on:
  push:
    branches: [${branch}]
  pull_request:
  workflow_dispatch:

permissions: {}

concurrency:
  group: build-images-${r"${{ github.ref }}"}
  cancel-in-progress: ${r"${{ github.event_name == 'pull_request' }}"}

env:
  PUSH: ${push}
  # Where the bake file takes a child's parents from: built in the same bake from this checkout, or,
  # where parents' jobs pushed them before their children's jobs start, pulled from the registry.
  ${parentsVariable}: ${parents}

jobs:
  ${verifyJob}:
    name: definitions match the committed files
    runs-on: ubuntu-latest
    container:
      image: ${verifyImage}
      options: ${verifyOptions}
    permissions:
      contents: read
    steps:
      - uses: ${checkout.uses} # ${checkout.release}
        with:
          persist-credentials: false
<#list verifyCommands as command>
      - run: ${command}
</#list>

  ${lintJob}:
    name: lint report to code scanning
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: ${checkout.uses} # ${checkout.release}
        with:
          persist-credentials: false
      - name: lint the definitions
        run: ${lintCommand}
      - name: upload the lint report
        if: ${lintUploadCondition}
        uses: ${uploadSarif.uses} # ${uploadSarif.release}
        with:
          sarif_file: ${lintSarif}
          category: ${lintCategory}

  ${planJob}:
    name: rebuild plan for reviewers
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
    env:
      ${baseRefVariable}: ${r"${{ github.base_ref }}"}
    steps:
      - uses: ${checkout.uses} # ${checkout.release}
        with:
          fetch-depth: 0
          persist-credentials: false
      - name: images to rebuild, and why
        run: ${planCommand}
      - name: generated files changed
        run: |
<#list changedFilesCommands as command>
          ${command}
</#list>

  ${changesJob}:
    name: what changed
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    outputs:
<#list baseFilters as filter>
      ${filter}: ${r"${{"} github.event_name == 'workflow_dispatch' || steps.filter.outputs.${filter} == 'true' ${r"}}"}
</#list>
<#list serviceJobs as job>
      ${job.id}: ${r"${{"} steps.${servicesStep}.outputs.${job.id} ${r"}}"}
</#list>
    steps:
      - uses: ${checkout.uses} # ${checkout.release}
        with:
          persist-credentials: false
      - id: filter
        uses: ${pathsFilter.uses} # ${pathsFilter.release}
        with:
          filters: |
<#list filters as filter>
            ${filter.name}:
<#list filter.paths as path>
              - '${path}'
</#list>
</#list>
<#if serviceJobs?has_content>
      - id: ${servicesStep}
        name: services to build, by job
        env:
          EVERYTHING: ${r"${{ github.event_name == 'workflow_dispatch' }}"}
          CHANGED: ${r"${{ steps.filter.outputs.changes || '[]' }}"}
          ${servicesJobsVariable}: '${servicesJobs}'
        run: ${servicesScript}
</#if>
<#macro buildSteps bake>
      - uses: ${checkout.uses} # ${checkout.release}
        with:
          persist-credentials: false
      - uses: ${setupBuildx.uses} # ${setupBuildx.release}
<#list logins as login>
      - uses: ${loginAction.uses} # ${loginAction.release}
        if: ${loginCondition}
        with:
<#if login.registry?has_content>
          registry: ${login.registry}
</#if>
          username: ${login.username}
          password: ${login.password}
</#list>
<#if bake.contentTags?has_content>
      - id: ${publishedStep}
        name: skip content tags published already
        if: ${loginCondition}
        env:
          ${contentTagsVariable}: |
<#list bake.contentTags as line>
            ${line}
</#list>
        run: |
<#list publishedScript as line>
          ${line}
</#list>
</#if>
      - name: bake ${bake.targets}
<#if bake.condition?has_content>
        if: ${bake.condition}
</#if>
        uses: ${bakeAction.uses} # ${bakeAction.release}
        with:
          source: .
          files: ${bakeFile}
          targets: ${bake.input}
          push: ${pushSwitch}
          provenance: ${provenance}
          sbom: ${sbom}
          set: |
<#list bake.cache as line>
            ${line}
</#list>
</#macro>
<#list bases as job>

  ${job.id}:
    name: ${job.name}
    needs: [<#list job.needs as need>${need}<#sep>, </#sep></#list>]
    if: ${job.condition}
    runs-on: ubuntu-latest
    permissions:
<#list buildPermissions as permission>
      ${permission}
</#list>
    steps:
<@buildSteps bake=job.bake/>
</#list>
<#list serviceJobs as job>

  ${job.id}:
    name: ${job.name} (${r"${{ matrix.service }}"})
    needs: [<#list job.needs as need>${need}<#sep>, </#sep></#list>]
    if: ${job.condition}
    runs-on: ubuntu-latest
    permissions:
<#list buildPermissions as permission>
      ${permission}
</#list>
    strategy:
      fail-fast: false
      matrix:
        service: ${r"${{"} fromJSON(needs.${changesJob}.outputs.${job.id}) ${r"}}"}
    steps:
<@buildSteps bake=job.bake/>
</#list>
