<#list header as line>
<!-- ${line} -->
</#list>

# Images

${summary}

```mermaid
<#list diagram as line>
${line}
</#list>
```
<#list bases as base>

## ${base.name}

| | |
|---|---|
<#list base.rows as row>
| ${row.key} | ${row.value} |
</#list>
<#if base.packages?has_content>

| Package | Pin | From |
|---|---|---|
<#list base.packages as p>
| ${p[0]} | ${p[1]} | ${p[2]} |
</#list>
</#if>
</#list>
<#if services?has_content>

## Services

| Service | Tags | Builds on | Dockerfile | Build context |
|---|---|---|---|---|
<#list services as s>
| ${s[0]} | ${s[1]} | ${s[2]} | ${s[3]} | ${s[4]} |
</#list>
</#if>
