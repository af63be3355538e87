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
<#list stage.instructions as i>
<#list i.comments as comment>
# ${comment}
</#list>
${i.keyword} <#list i.parts as part>${part}<#sep>${continuation}
</#sep></#list>

</#list>
</#list>
