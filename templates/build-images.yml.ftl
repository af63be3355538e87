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

  ${changesJob}:
    name: what changed
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    outputs:
<#list filters as filter>
      ${filter.name}: ${r"${{"} github.event_name == 'workflow_dispatch' || steps.filter.outputs.${filter.name} == 'true' ${r"}}"}
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
<#macro buildSteps>
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
<@buildSteps/>
<#list job.builds as build>
      - name: ${build.name}
        uses: ${buildPush.uses} # ${buildPush.release}
        with:
          context: ${build.context}
          file: ${build.file}
          target: ${build.target}
          platforms: ${platforms}
          tags: ${build.tags}
          push: ${pushSwitch}
          provenance: ${provenance}
          sbom: ${sbom}
          cache-from: type=gha,scope=${build.cacheScope}
          cache-to: type=gha,mode=max,scope=${build.cacheScope}
</#list>
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
        include:
<#list job.services as service>
          - service: ${service.service}
            context: ${service.context}
            file: ${service.file}
            target: ${service.target}
            tags: ${service.tags}
</#list>
    steps:
<@buildSteps/>
      - name: build ${r"${{ matrix.service }}"}
        if: ${serviceCondition}
        uses: ${buildPush.uses} # ${buildPush.release}
        with:
          context: ${r"${{ matrix.context }}"}
          file: ${r"${{ matrix.file }}"}
          target: ${r"${{ matrix.target }}"}
          platforms: ${platforms}
          tags: ${r"${{ matrix.tags }}"}
          push: ${pushSwitch}
          provenance: ${provenance}
          sbom: ${sbom}
          cache-from: type=gha,scope=${serviceCacheScope}
          cache-to: type=gha,mode=max,scope=${serviceCacheScope}
</#list>
