<#list header as line>
# ${line}
</#list>
# ${usage}
# ${parentsUsage}

variable "${parents}" {
  default = ${parentsDefault}
}

group "default" {
  targets = ["bases", "services"]
}

group "bases" {
  targets = [<#list bases as t>${t}<#sep>, </#sep></#list>]
}

group "services" {
  targets = [<#list services as t>${t}<#sep>, </#sep></#list>]
}
<#list targets as t>

target ${t.name} {
  context    = ${t.context}
  dockerfile = ${t.dockerfile}
  target     = ${t.stage}
  tags       = [<#list t.tags as tag>${tag}<#sep>, </#sep></#list>]
  platforms  = [<#list t.platforms as p>${p}<#sep>, </#sep></#list>]
<#if t.contexts?has_content>
  contexts = {
<#list t.contexts as key, value>
    ${key} = ${value}
</#list>
  }
</#if>
}
</#list>
