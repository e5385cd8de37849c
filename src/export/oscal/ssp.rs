//! The system-security-plan of the provider's side.

use serde_json::{Map, Value, json};

use super::component::{remarks, requirement_props};
use super::{
    PROFILE_FILE, citation, document_resource, duty_props, metadata, profile_resource, prop, provider_acts,
    responsible, statements_of, status, to_pretty, uuid,
};
use crate::{Cell, Control, Duty, DutyKind, Lang, Matrix, Party, Service, Text, document::Document};

const SYSTEM_NAME: Text = Text::new("IDC Frontier cloud services", "IDCフロンティアのクラウドサービス");

/// The implementation status of the provider's system for a cell (see the module's documentation).
fn implementation_status(cell: &Cell, lang: Lang) -> Value {
    match status(cell) {
        (state, Some(why)) => json!({ "state": state, "remarks": why.get(lang) }),
        (state, None) => json!({ "state": state }),
    }
}

/// The duties of each service under one catalog statement.
type ByService<'a> = Vec<(Service, Vec<&'a Duty>)>;

/// The statements of a control across the services: one per catalog statement, with a by-component per service
/// whose cell has duties under it.
fn statements(matrix: &Matrix, c: Control, lang: Lang) -> Vec<Value> {
    let mut groups: Vec<(Option<usize>, String, ByService<'_>)> = Vec::new();
    for &service in Service::ALL {
        let cell = matrix.cell(service, c);
        for (position, id, duties) in statements_of(cell) {
            match groups.iter_mut().find(|(_, gid, _)| *gid == id) {
                Some((_, _, by)) => by.push((service, duties)),
                None => groups.push((position, id, vec![(service, duties)])),
            }
        }
    }
    groups.sort_by_key(|(position, _, _)| *position);
    groups
        .into_iter()
        .map(|(_, id, by)| {
            let by_components: Vec<Value> = by
                .into_iter()
                .map(|(service, duties)| {
                    let mut by = json!({
                        "component-uuid": uuid(&format!("component:{service}")),
                        "uuid": uuid(&format!("ssp-statement-by-component:{service}:{c}:{id}")),
                        "description": duties.iter().map(|d| d.text.get(lang)).collect::<Vec<_>>().join(" "),
                        "props": duties.iter().flat_map(|d| duty_props(d)).collect::<Vec<_>>(),
                        "responsible-roles": responsible(duties.iter().map(|d| d.party)),
                    });
                    // The provider's own part is implemented; the customer's carries no status of the provider's.
                    if let (true, Some(obj)) = (provider_acts(duties.iter().copied()), by.as_object_mut()) {
                        obj.insert("implementation-status".into(), json!({ "state": "implemented" }));
                    }
                    by
                })
                .collect();
            json!({
                "statement-id": id,
                "uuid": uuid(&format!("ssp-statement:{c}:{id}")),
                "by-components": by_components,
            })
        })
        .collect()
}

/// An OSCAL 1.1.3 system-security-plan of the provider's side (pretty-printed JSON): a component per service,
/// and for every control the statements of the [`catalog`](super::catalog) with a by-component per service
/// saying who does what, and a by-component per service where the control applies, whose `export` lists what the
/// provider offers or does (`provided`) and what the customer must do (`responsibilities`, each linked by
/// `provided-uuid` to the provided item it relies on: one on the same layer, else the first). An `export` is
/// written only when it has one or the other, as OSCAL requires. The implementation status is `implemented`
/// where the provider has a part of its own and `not-applicable` where it leaves the matter to the customer
/// (the module's documentation says why). `import-profile` is [`PROFILE_FILE`], by relative href.
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let ssp: serde_json::Value = serde_json::from_str(&oscal::system_security_plan(Matrix::builtin(), Lang::En)).unwrap();
/// let reqs = ssp["system-security-plan"]["control-implementation"]["implemented-requirements"].as_array().unwrap();
/// assert_eq!(reqs.len(), 68);
/// ```
#[must_use]
pub fn system_security_plan(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::builtin();
    let this_system = uuid("ssp-component:this-system");
    let mut components = vec![json!({
        "uuid": this_system,
        "type": "this-system",
        "title": SYSTEM_NAME.get(lang),
        "description": doc.title.get(lang),
        "status": { "state": "operational" },
    })];
    for &service in Service::ALL {
        components.push(json!({
            "uuid": uuid(&format!("component:{service}")),
            "type": "service",
            "title": service.label(lang),
            "description": format!("{} ({})", service.label(Lang::En), service.label(Lang::Ja)),
            "props": [prop("service", service.id())],
            "status": { "state": "operational" },
        }));
    }
    let requirements: Vec<Value> = Control::ALL
        .iter()
        .map(|&c| {
            let by_components: Vec<Value> = Service::ALL
                .iter()
                .map(|&s| matrix.cell(s, c))
                .filter(|cell| cell.is_applicable())
                .map(|cell| by_component(cell, lang))
                .collect();
            let mut req = Map::new();
            req.insert("uuid".into(), Value::String(uuid(&format!("ssp-requirement:{c}"))));
            req.insert("control-id".into(), Value::String(c.id().to_owned()));
            req.insert("props".into(), json!([prop("section", c.section())]));
            let statements = statements(matrix, c, lang);
            if !statements.is_empty() {
                req.insert("statements".into(), Value::Array(statements));
            }
            if by_components.is_empty() {
                let none = Text::new("Not applicable to any service.", "いずれのサービスにも対象外。");
                req.insert("remarks".into(), Value::String(none.get(lang).to_owned()));
            } else {
                req.insert("by-components".into(), Value::Array(by_components));
            }
            Value::Object(req)
        })
        .collect();
    let root = json!({
        "system-security-plan": {
            "uuid": uuid("system-security-plan"),
            "metadata": metadata(&format!("{} — SSP", doc.title.get(lang)), lang, true),
            "import-profile": {
                "href": PROFILE_FILE,
                "remarks": Text::new(
                    "The profile of the same bundle: it imports every section of the document from catalog.json.",
                    "同じバンドルのプロファイル。catalog.jsonから文書のすべての節を取り込む。",
                ).get(lang),
            },
            "system-characteristics": {
                "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", "id": uuid("system") }],
                "system-name": SYSTEM_NAME.get(lang),
                "description": doc.title.get(lang),
                "system-information": {
                    "information-types": [{
                        "uuid": uuid("information-type:customer-data"),
                        "title": Text::new("Customer data", "お客さまのデータ").get(lang),
                        "description": Text::new(
                            "Data and programs customers place on their virtual machines and in storage; the document leaves their management to the customer.",
                            "お客さまが仮想マシンやストレージに置くデータ・プログラム。文書はその管理をお客さまに委ねている。",
                        ).get(lang),
                    }],
                },
                "status": { "state": "operational" },
                "authorization-boundary": {
                    "description": Text::new(
                        "The provider's cloud platform, portal and organisation for the five services; the customer's virtual machines and data are outside.",
                        "5サービスのクラウド基盤・ポータル・IDCFの組織。お客さまの仮想マシンとデータは境界外。",
                    ).get(lang),
                },
            },
            "system-implementation": {
                "users": [{
                    "uuid": uuid("user:provider-operator"),
                    "title": Text::new("Provider operator", "IDCF運用担当者").get(lang),
                    "role-ids": [super::role(Party::Provider)],
                }],
                "components": components,
            },
            "control-implementation": {
                "description": Text::new(
                    "For each section of the document and each service: what the provider provides, and what the customer is responsible for.",
                    "文書の各節・各サービスについて、IDCFが提供するものとお客さまの責任。",
                ).get(lang),
                "implemented-requirements": requirements,
            },
            "back-matter": { "resources": [profile_resource(lang), document_resource(lang)] },
        }
    });
    to_pretty(&root)
}

/// What the provider provides in a cell, each with its position among the cell's duties: its duties other than
/// leaving the matter to the customer. Each is a `provided` item of the cell's by-component export.
pub(super) fn provided(cell: &Cell) -> Vec<(usize, &Duty)> {
    cell.duties()
        .iter()
        .enumerate()
        .filter(|(_, d)| d.party == Party::Provider && d.kind != DutyKind::LeavesToCustomer)
        .collect()
}

/// The UUID of the `provided` item for the duty at `position` among the cell's duties.
pub(super) fn provided_uuid(service: Service, control: Control, position: usize) -> String {
    uuid(&format!("provided:{service}:{control}:{}", position + 1))
}

/// The UUID of the `responsibility` item for the customer duty at `position` among the cell's duties.
pub(super) fn responsibility_uuid(service: Service, control: Control, position: usize) -> String {
    uuid(&format!("responsibility:{service}:{control}:{}", position + 1))
}

fn by_component(cell: &Cell, lang: Lang) -> Value {
    let (service, c) = (cell.service(), cell.control());
    let provided = provided(cell);
    let provided_uuid = |i: usize| provided_uuid(service, c, i);
    let left: Vec<&str> = cell
        .duties()
        .iter()
        .filter(|d| d.party == Party::Provider && d.kind == DutyKind::LeavesToCustomer)
        .map(|d| d.text.get(lang))
        .collect();
    let responsibilities: Vec<Value> = cell
        .duties()
        .iter()
        .enumerate()
        .filter(|(_, d)| d.party == Party::Customer)
        .map(|(i, d)| {
            let relies_on = provided.iter().find(|(_, p)| p.layer == d.layer).or_else(|| provided.first());
            let mut item = json!({
                "uuid": responsibility_uuid(service, c, i),
                "description": d.text.get(lang),
                "props": duty_props(d),
                "responsible-roles": responsible([Party::Customer]),
            });
            if let (Some(&(j, _)), Some(obj)) = (relies_on, item.as_object_mut()) {
                obj.insert("provided-uuid".into(), Value::String(provided_uuid(j)));
            }
            item
        })
        .collect();
    let mut out = Map::new();
    out.insert("component-uuid".into(), Value::String(uuid(&format!("component:{service}"))));
    out.insert("uuid".into(), Value::String(uuid(&format!("by-component:{service}:{c}"))));
    out.insert("description".into(), Value::String(cell.summary().get(lang).to_owned()));
    out.insert("props".into(), Value::Array(requirement_props(cell)));
    out.insert("links".into(), citation(cell.section()));
    out.insert("implementation-status".into(), implementation_status(cell, lang));
    let mut notes: Vec<String> = Vec::new();
    // OSCAL 1.1.3: an export has at least one `provided` or `responsibility`; what the provider leaves to the
    // customer is its description, or a remark where there is nothing to export.
    if provided.is_empty() && responsibilities.is_empty() {
        notes.extend(left.iter().map(|s| (*s).to_owned()));
    } else {
        let mut export = Map::new();
        if !left.is_empty() {
            export.insert("description".into(), Value::String(left.join(" ")));
        }
        if !provided.is_empty() {
            let items = provided
                .iter()
                .map(|&(i, d)| {
                    json!({
                        "uuid": provided_uuid(i),
                        "description": d.text.get(lang),
                        "props": duty_props(d),
                        "responsible-roles": responsible([Party::Provider]),
                    })
                })
                .collect();
            export.insert("provided".into(), Value::Array(items));
        }
        if !responsibilities.is_empty() {
            export.insert("responsibilities".into(), Value::Array(responsibilities));
        }
        out.insert("export".into(), Value::Object(export));
    }
    notes.extend(remarks(cell, lang));
    if !notes.is_empty() {
        out.insert("remarks".into(), Value::String(notes.join(" ")));
    }
    Value::Object(out)
}
