//! The customer's system-security-plan: the customer's system, which leverages the provider's plan.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::ssp::{provided, provided_uuid, responsibility_uuid};
use super::{
    OSCAL_VERSION, PROFILE_FILE, SSP_FILE, caveats, document_resource, file_resource, profile_resource, prop, released,
    role, to_pretty, uuid,
};
use crate::{
    Control, Lang, Matrix, Party, Text,
    document::Document,
    plan::{Entry, Register, Status},
};

/// The file name of the customer's system-security-plan, written beside the provider's bundle.
///
/// ```
/// assert_eq!(idcf_responsibility::export::oscal::CUSTOMER_SSP_FILE, "customer-ssp.json");
/// ```
pub const CUSTOMER_SSP_FILE: &str = "customer-ssp.json";

static SYSTEM_NAME: Text = Text::new(
    "The customer's system on IDC Frontier cloud services",
    "IDCフロンティアのクラウドサービス上のお客さまのシステム",
);
static PROVIDER_PLAN: Text =
    Text::new("The provider's system security plan (ssp.json)", "IDCFのシステムセキュリティ計画（ssp.json）");

/// OSCAL's implementation state of the customer's part of a control, from its entries' statuses, and a remark
/// that counts them: `implemented` when every entry is implemented or not applicable (and one is implemented),
/// `not-applicable` when every one is not applicable, `planned` when none is started, `partial` otherwise (work
/// under way, or a risk accepted: OSCAL has no state for it, and the duty is not done). Each `satisfied` item
/// carries its entry's own status.
fn state(entries: &[&Entry], lang: Lang) -> Value {
    let all = |f: fn(&Status) -> bool| entries.iter().all(|e| f(e.status()));
    let state = if all(|s| matches!(s, Status::NotApplicable { .. })) {
        "not-applicable"
    } else if all(|s| matches!(s, Status::Implemented | Status::NotApplicable { .. })) {
        "implemented"
    } else if all(|s| matches!(s, Status::NotStarted)) {
        "planned"
    } else {
        "partial"
    };
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for e in entries {
        let label = e.status().label(lang);
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    let counted: Vec<String> = counts.iter().map(|(l, n)| format!("{l}: {n}")).collect();
    let lead = Text::new("The register's entries for this control", "この管理策の台帳の項目");
    json!({ "state": state, "remarks": format!("{} — {}", lead.get(lang), counted.join(", ")) })
}

/// A value fit for an OSCAL `string`: one line, no space at either end.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn team_uuid(team: &str) -> String {
    uuid(&format!("party:team:{}", one_line(team)))
}

/// The `satisfied` item of an entry whose duty is a responsibility of the provider's plan (at `position` among
/// its cell's duties): the duty, and the register's status, team, evidence, due date and notes.
fn satisfied(entry: &Entry, position: usize, lang: Lang) -> Value {
    let (service, control) = (entry.service(), entry.control());
    let mut props = vec![prop("service", service.id()), prop("status", entry.status().id())];
    if let Some(due) = entry.due() {
        props.push(prop("due", &due.to_string()));
    }
    if let Some(team) = entry.team().map(one_line).filter(|t| !t.is_empty()) {
        props.push(prop("team", &team));
    }
    props.extend(entry.evidence().iter().map(|e| one_line(e)).filter(|e| !e.is_empty()).map(|e| prop("evidence", &e)));
    let party = entry.team().map_or_else(|| uuid("party:customer"), team_uuid);
    let mut remarks = vec![match entry.status().justification() {
        Some(why) => format!("{}: {why}", entry.status().label(lang)),
        None => entry.status().label(lang).to_owned(),
    }];
    remarks.extend(entry.notes().map(str::to_owned));
    json!({
        "uuid": uuid(&format!("satisfied:{service}:{control}:{}", position + 1)),
        "responsibility-uuid": responsibility_uuid(service, control, position),
        "description": entry.duty().text.get(lang),
        "props": props,
        "responsible-roles": [{ "role-id": role(Party::Customer), "party-uuids": [party] }],
        "remarks": remarks.join("\n\n"),
    })
}

/// The by-components of one control: per service of the register, what the customer inherits from the
/// provider's plan; then the customer's own part, if the register has entries for the control.
fn by_components(register: &Register, control: Control, lang: Lang) -> Vec<Value> {
    let provider = Matrix::builtin();
    let mut out = Vec::new();
    for &service in register.services() {
        let cell = provider.cell(service, control);
        if !cell.is_applicable() {
            continue;
        }
        // Inherited only where IDCF runs the measure for the customer's system, by the rule the Statement of
        // Applicability follows (README, "The inheritance rule"): a disclosure, a request, IDCF's own organisation,
        // partners or contract documents are information for the customer's supplier controls, never inherited.
        let runs = crate::soa::rule::section_can_be_provider_run(control);
        let (inheritable, own): (Vec<_>, Vec<_>) =
            provided(cell).into_iter().partition(|(_, d)| runs && crate::soa::rule::runs_for_customer(d));
        let inherited: Vec<Value> = inheritable
            .into_iter()
            .map(|(i, d)| {
                json!({
                    "uuid": uuid(&format!("inherited:{service}:{control}:{}", i + 1)),
                    "provided-uuid": provided_uuid(service, control, i),
                    "description": d.text.get(lang),
                    "responsible-roles": [{ "role-id": role(Party::Provider) }],
                })
            })
            .collect();
        if inherited.is_empty() && own.is_empty() {
            continue;
        }
        let what = Text::new(
            "What the provider runs for the customer's system, inherited from its plan.",
            "IDCFがお客さまのシステムのために運用するもの。IDCFの計画から継承する。",
        );
        let mut by = Map::new();
        by.insert("component-uuid".into(), uuid(&format!("customer-ssp-component:{service}")).into());
        by.insert("uuid".into(), uuid(&format!("customer-by-component:{service}:{control}")).into());
        by.insert("description".into(), what.get(lang).into());
        if !inherited.is_empty() {
            by.insert("inherited".into(), Value::Array(inherited));
        }
        if !own.is_empty() {
            let heading = Text::new(
                "IDCF's own measures, not inherited: information for the customer's supplier controls (A.5.19–A.5.23); the customer implements this control itself.",
                "IDCF自身の対策（継承しない）：お客さまの供給者管理（A.5.19〜A.5.23）のための情報。この管理策はお客さま自身が実施する。",
            );
            let lines: Vec<String> = own.iter().map(|(_, d)| format!("- {}", d.text.get(lang))).collect();
            by.insert("remarks".into(), Value::String(format!("{}\n\n{}", heading.get(lang), lines.join("\n"))));
        }
        out.push(Value::Object(by));
    }
    let entries: Vec<&Entry> = register.entries().iter().filter(|e| e.control() == control).collect();
    if entries.is_empty() {
        return out;
    }
    let mut satisfied_items = Vec::new();
    let mut own = Vec::new();
    for e in &entries {
        let position = provider.cell(e.service(), control).duties().iter().position(|d| d == e.duty());
        match position.filter(|_| e.duty().party == Party::Customer) {
            Some(i) => satisfied_items.push(satisfied(e, i, lang)),
            None => own.push(format!(
                "{} ({}): {} — {}",
                e.duty().text.get(lang),
                e.service().label(lang),
                Text::new(
                    "not in the provider's plan (the customer's decision)",
                    "IDCFの計画にない職務（お客さまの決定）"
                )
                .get(lang),
                e.status().label(lang)
            )),
        }
    }
    let mut by = Map::new();
    by.insert("component-uuid".into(), Value::String(uuid("customer-ssp-component:this-system")));
    by.insert("uuid".into(), Value::String(uuid(&format!("customer-by-component:this-system:{control}"))));
    let how = Text::new(
        "How the customer meets its responsibilities for this control, as its implementation register records.",
        "この管理策についてのお客さまの責任の果たし方（実施状況台帳の記録による）。",
    );
    by.insert("description".into(), Value::String(how.get(lang).to_owned()));
    by.insert("implementation-status".into(), state(&entries, lang));
    if !satisfied_items.is_empty() {
        by.insert("satisfied".into(), Value::Array(satisfied_items));
    }
    if !own.is_empty() {
        by.insert("remarks".into(), Value::String(own.join("\n\n")));
    }
    out.push(Value::Object(by));
    out
}

/// An OSCAL 1.1.3 system-security-plan of the customer's system (pretty-printed JSON), which leverages the
/// provider's plan ([`system_security_plan`](super::system_security_plan) of the built-in matrix, written as
/// [`SSP_FILE`] beside it):
///
/// - `leveraged-authorizations` names the provider's plan: its link points at a back-matter resource whose
///   rlink is `ssp.json`, by relative href, so the two files resolve in one folder;
/// - a component per service of the register stands for the provider's service, beside the customer's
///   `this-system`; its properties `leveraged-authorization-uuid` and `inherited-uuid` (the service's component
///   in the provider's plan) are in this crate's namespace ([`NS`](super::NS)), because the `oscal` package's
///   metaschema validation refuses OSCAL's un-namespaced ones on a component;
/// - for every control, per service, a by-component `inherited` lists what the provider provides, each item
///   naming the `provided-uuid` of the provider's plan; and the customer's by-component has a `satisfied` item
///   per register entry, naming the `responsibility-uuid` of the provider's plan, with the entry's status,
///   team, evidence and due date as properties (this crate's namespace), the status and its justification and
///   the notes as remarks, and the team as the responsible party. Its implementation status sums up the entries
///   (`planned`, `partial`, `implemented`, `not-applicable`). A tailored duty the provider's plan does not have
///   (an overlay added it) has no responsibility to name: the by-component's remarks list it with its status.
///
/// Deterministic: UUIDs are version 5 from what they name (the plan's own from the register's services), and
/// dates are [`DATASET_RELEASED`](crate::DATASET_RELEASED). `import-profile` is [`PROFILE_FILE`].
///
/// ```
/// use idcf_responsibility::plan::EditScope;
/// use idcf_responsibility::{export::oscal, Control, Lang, Service, plan::{EntryEdit, Register, Status}};
/// let mut r = Register::new(&[Service::ObjectStorage], None);
/// r.edit(EditScope::All, Control::InformationBackup, &EntryEdit::new().status(Status::Implemented))?;
/// let ssp: serde_json::Value = serde_json::from_str(&oscal::customer_ssp(&r, Lang::En)).unwrap();
/// let la = &ssp["system-security-plan"]["system-implementation"]["leveraged-authorizations"][0];
/// assert!(la["links"][0]["href"].as_str().unwrap().starts_with('#'));
/// # Ok::<(), idcf_responsibility::plan::EditError>(())
/// ```
#[must_use]
pub fn customer_ssp(register: &Register, lang: Lang) -> String {
    let doc = Document::builtin();
    let services: Vec<&str> = register.services().iter().map(|s| s.id()).collect();
    let names: Vec<&str> = register.services().iter().map(|s| s.label(lang)).collect();
    let provider = uuid("party:provider");
    let customer = uuid("party:customer");
    let leveraged = uuid("leveraged-authorization:provider");
    let plan = file_resource(SSP_FILE, "application/oscal.ssp+json", &PROVIDER_PLAN, lang);
    let plan_uuid = uuid(&format!("resource:{SSP_FILE}"));
    let teams: BTreeSet<String> =
        register.entries().iter().filter_map(|e| e.team().map(one_line)).filter(|t| !t.is_empty()).collect();
    let mut parties = vec![
        json!({ "uuid": provider, "type": "organization", "name": doc.publisher.get(lang), "short-name": "IDCF" }),
        json!({ "uuid": customer, "type": "organization", "name": Party::Customer.label(lang) }),
    ];
    parties.extend(teams.iter().map(
        |t| json!({ "uuid": team_uuid(t), "type": "organization", "name": t, "member-of-organizations": [customer] }),
    ));
    let title = format!(
        "{}: {}",
        Text::new("Customer system security plan", "お客さまのシステムセキュリティ計画").get(lang),
        names.join(", ")
    );
    let mut components = vec![json!({
        "uuid": uuid("customer-ssp-component:this-system"),
        "type": "this-system",
        "title": SYSTEM_NAME.get(lang),
        "description": Text::new(
            "The customer's virtual machines, data and use of the services, with the duties the document gives the customer.",
            "お客さまの仮想マシン・データ・サービスの利用と、文書がお客さまに求める職務。",
        ).get(lang),
        "status": { "state": "operational" },
    })];
    for &service in register.services() {
        components.push(json!({
            "uuid": uuid(&format!("customer-ssp-component:{service}")),
            "type": "service",
            "title": service.label(lang),
            "description": Text::new(
                "The provider's service, leveraged: what the provider provides is inherited from its plan.",
                "利用するIDCFのサービス。IDCFが提供するものはIDCFの計画から継承する。",
            ).get(lang),
            "props": [
                // OSCAL's own names for these, un-namespaced, are refused on a component by the `oscal`
                // package's metaschema validation (it allows only `vendor-name` there); ours validate everywhere.
                prop("leveraged-authorization-uuid", &leveraged),
                prop("inherited-uuid", &uuid(&format!("component:{service}"))),
                prop("implementation-point", "external"),
                prop("service", service.id()),
            ],
            "status": { "state": "operational" },
        }));
    }
    let requirements: Vec<Value> = Control::ALL
        .iter()
        .filter_map(|&c| {
            let by = by_components(register, c, lang);
            (!by.is_empty()).then(|| {
                json!({
                    "uuid": uuid(&format!("customer-requirement:{c}")),
                    "control-id": c.id(),
                    "props": [prop("section", c.section())],
                    "by-components": by,
                })
            })
        })
        .collect();
    let root = json!({
        "system-security-plan": {
            "uuid": uuid(&format!("customer-system-security-plan:{}", services.join(","))),
            "metadata": {
                "title": title,
                "published": released(),
                "last-modified": released(),
                "version": register.dataset_version(),
                "oscal-version": OSCAL_VERSION,
                "props": [
                    prop("dataset", crate::DATASET),
                    prop("dataset-version", register.dataset_version()),
                    prop("language", lang.into()),
                    prop("document-issued", &doc.issued),
                ],
                "roles": [
                    { "id": role(Party::Provider), "title": Party::Provider.label(lang) },
                    { "id": role(Party::Customer), "title": Party::Customer.label(lang) },
                ],
                "parties": parties,
                "responsible-parties": [
                    { "role-id": role(Party::Provider), "party-uuids": [provider] },
                    { "role-id": role(Party::Customer), "party-uuids": [customer] },
                ],
                "remarks": caveats(lang),
            },
            "import-profile": { "href": PROFILE_FILE },
            "system-characteristics": {
                "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", "id": uuid(&format!("customer-system:{}", services.join(","))) }],
                "system-name": SYSTEM_NAME.get(lang),
                "description": Text::new(
                    "The customer's system on the provider's services, with the status of each duty the document gives the customer.",
                    "IDCFのサービス上のお客さまのシステムと、文書がお客さまに求める各職務の状況。",
                ).get(lang),
                "system-information": {
                    "information-types": [{
                        "uuid": uuid("information-type:customer-data"),
                        "title": Text::new("Customer data", "お客さまのデータ").get(lang),
                        "description": Text::new(
                            "Data and programs the customer places on its virtual machines and in storage.",
                            "お客さまが仮想マシンやストレージに置くデータ・プログラム。",
                        ).get(lang),
                    }],
                },
                "status": { "state": "operational" },
                "authorization-boundary": {
                    "description": Text::new(
                        "The customer's virtual machines, data and accounts on the services; the provider's platform is outside, and leveraged.",
                        "サービス上のお客さまの仮想マシン・データ・アカウント。IDCFの基盤は境界外で、継承して利用する。",
                    ).get(lang),
                },
            },
            "system-implementation": {
                "leveraged-authorizations": [{
                    "uuid": leveraged,
                    "title": PROVIDER_PLAN.get(lang),
                    "links": [{ "href": format!("#{plan_uuid}"), "rel": "system-security-plan" }],
                    "party-uuid": provider,
                    "date-authorized": crate::DATASET_RELEASED,
                    "remarks": Text::new(
                        "No authorising body stands behind the provider's plan: it is this crate's reading of the provider's published overview, dated with the dataset.",
                        "IDCFの計画はいずれの認可機関の認可も受けていない。本クレートがIDCFの公開文書を読み解いたもので、日付はデータセットのもの。",
                    ).get(lang),
                }],
                "users": [{
                    "uuid": uuid("user:customer-operator"),
                    "title": Text::new("Customer operator", "お客さまの運用担当者").get(lang),
                    "role-ids": [role(Party::Customer)],
                }],
                "components": components,
            },
            "control-implementation": {
                "description": Text::new(
                    "For each section of the document: what the customer inherits from the provider, and how it meets its own responsibilities.",
                    "文書の各節について、お客さまがIDCFから継承するものと、お客さま自身の責任の果たし方。",
                ).get(lang),
                "implemented-requirements": requirements,
            },
            "back-matter": { "resources": [plan, profile_resource(lang), document_resource(lang)] },
        }
    });
    to_pretty(&root)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Service;

    #[test]
    fn one_component_per_service_and_this_system() {
        let r = Register::new(&[Service::IdcfCloud, Service::ObjectStorage], None);
        let v: Value = serde_json::from_str(&customer_ssp(&r, Lang::En)).unwrap();
        let components = v["system-security-plan"]["system-implementation"]["components"].as_array().unwrap();
        assert_eq!(components.len(), 3);
    }
}
