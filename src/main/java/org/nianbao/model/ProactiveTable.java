package org.nianbao.model;

/** Table 二 (主动公开政府信息情况); its shape depends on the template, and the two are never mixed. */
public sealed interface ProactiveTable permits Proactive2019, Proactive2021 {
}
