# syntax=docker/dockerfile:${syntax}
<#list directives as directive>
# ${directive}
</#list>
<#list header as line>
# ${line}
</#list>
<#if globalArgs?has_content>

</#if>
<#list globalArgs as arg>
ARG ${arg}
</#list>
<#list stages as stage>

FROM ${stage.from}
<#list stage.instructions as instruction>
${instruction}
</#list>
</#list>
