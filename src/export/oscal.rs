//! OSCAL 1.1.3: a component-definition (a component per service) and a system-security-plan of the provider's
//! side, whose by-component `export` carries what the provider offers (`provided`) and what the customer must do
//! (`responsibilities`). Every UUID is version 5, derived from what it names, so two runs give the same bytes.
//!
//! Control ids are the crate's kebab-case control ids (valid OSCAL tokens; a bare `10.5.1` is not); the section
//! number is kept as a `label` property. Properties of this crate use the namespace [`NS`]; FedRAMP's
//! `control-origination` uses FedRAMP's.
//!
//! ```
//! use idcf_responsibility::{export::oscal, Lang, Matrix};
//! let ssp: serde_json::Value = serde_json::from_str(&oscal::system_security_plan(Matrix::builtin(), Lang::En)).unwrap();
//! assert_eq!(ssp["system-security-plan"]["metadata"]["oscal-version"], oscal::OSCAL_VERSION);
//! ```

use serde_json::{Value, json};
use uuid::Uuid;

use crate::{Cell, Control, Document, Duty, DutyKind, Lang, Matrix, OscalOrigination, Party, Service, Text};

/// The namespace of this crate's OSCAL properties.
///
/// ```
/// assert!(idcf_responsibility::export::oscal::NS.starts_with("urn:"));
/// ```
pub const NS: &str = "urn:idcf-responsibility:oscal";

/// The OSCAL version written.
///
/// ```
/// let doc = idcf_responsibility::export::oscal::component_definition(idcf_responsibility::Matrix::builtin(), idcf_responsibility::Lang::En);
/// assert!(doc.contains(&format!("\"oscal-version\": \"{}\"", idcf_responsibility::export::oscal::OSCAL_VERSION)));
/// ```
pub const OSCAL_VERSION: &str = "1.1.3";

/// A version-5 UUID for a name, in this crate's namespace.
fn uuid(name: &str) -> String {
    let ns = Uuid::new_v5(&Uuid::NAMESPACE_URL, NS.as_bytes());
    Uuid::new_v5(&ns, name.as_bytes()).to_string()
}

fn prop(name: &str, value: &str) -> Value {
    json!({ "name": name, "ns": NS, "value": value })
}

fn role(party: Party) -> &'static str {
    party.into()
}

/// The source document as a back-matter resource; `href`s point at it.
fn document_resource(lang: Lang) -> (String, Value) {
    let doc = Document::get();
    let id = uuid("resource:document");
    let text = format!("{}, {}, edition {}, {}", doc.publisher.get(lang), doc.title.get(lang), doc.edition, doc.issued);
    let resource = json!({
        "uuid": id,
        "title": doc.title.get(lang),
        "citation": { "text": text },
        "props": [prop("dataset", crate::DATASET), prop("dataset-version", crate::DATASET_VERSION)],
    });
    (id, resource)
}

fn metadata(title: &str, lang: Lang) -> Value {
    let doc = Document::get();
    let provider = uuid("party:provider");
    // Dates are the document's issue date (Japan time), so output does not depend on when it is written.
    let date = format!("{}T00:00:00+09:00", doc.issued);
    json!({
        "title": title,
        "published": date,
        "last-modified": date,
        "version": crate::DATASET_VERSION,
        "oscal-version": OSCAL_VERSION,
        "props": [prop("dataset", crate::DATASET), prop("language", lang.into())],
        "roles": [
            { "id": role(Party::Provider), "title": Text::new("Provider", "当社").get(lang) },
            { "id": role(Party::Customer), "title": Text::new("Customer", "お客さま").get(lang) },
        ],
        "parties": [{
            "uuid": provider,
            "type": "organization",
            "name": doc.publisher.get(lang),
            "short-name": "IDCF",
        }],
        "responsible-parties": [{ "role-id": role(Party::Provider), "party-uuids": [provider] }],
    })
}

/// The properties every implemented requirement carries: label, owner, basis, ISO ids and the projections.
fn requirement_props(cell: &Cell) -> Vec<Value> {
    let c = cell.control();
    let mut props = vec![
        json!({ "name": "label", "value": c.section() }),
        prop("section", c.section()),
        prop("owner", cell.owner().map_or("not-applicable", <&str>::from)),
        prop("basis", cell.basis().into()),
    ];
    if let Some(basis) = cell.owner_basis() {
        props.push(prop("owner-basis", basis.into()));
    }
    if let Some(stated) = cell.stated_owner() {
        props.push(prop("stated-owner", stated.into()));
    }
    if let Some(iso) = c.iso27002_2005() {
        props.push(prop("iso27002-2005", &iso.id));
        props.push(prop("iso27002-2005-fit", iso.fit.into()));
    }
    for cw in c.iso27001_2013().iter().chain(c.iso27001_2022()) {
        for id in cw.ids.iter() {
            props.push(json!({ "name": cw.edition.to_string(), "ns": NS, "value": id, "class": cw.correspondence.to_string() }));
        }
    }
    for origination in cell.oscal_origination().value {
        props.push(
            json!({ "name": "control-origination", "ns": OscalOrigination::NS, "value": origination.to_string() }),
        );
    }
    if let Some(fedramp) = cell.fedramp_origination().value {
        props.push(prop("fedramp-origination", fedramp.into()));
    }
    props.push(prop("csa-ccm-ownership", cell.ccm_ownership().value.into()));
    props
}

fn duty_props(duty: &Duty) -> Vec<Value> {
    let mut props = vec![
        prop("layer", duty.layer.into()),
        prop("duty-kind", duty.kind.into()),
        prop("scope", duty.scope.into()),
        prop("sentence", &duty.sentence.to_string()),
        prop("basis", if duty.is_stated() { "stated" } else { "inferred" }),
    ];
    if let Some(cap) = duty.capability {
        props.push(prop("capability", cap.into()));
    }
    props
}

fn responsible(parties: impl IntoIterator<Item = Party>) -> Vec<Value> {
    let mut seen = Vec::new();
    for p in parties {
        if !seen.contains(&p) {
            seen.push(p);
        }
    }
    seen.into_iter().map(|p| json!({ "role-id": role(p) })).collect()
}

fn citation(doc_id: &str, cell: &Cell) -> Value {
    json!([{ "href": format!("#{doc_id}"), "rel": "reference", "text": format!("§{}", cell.section()) }])
}

fn remarks(cell: &Cell, lang: Lang) -> Option<String> {
    let mut parts: Vec<String> = cell.withheld().iter().map(|w| w.label(lang).to_owned()).collect();
    parts.extend(super::reasons(cell, lang));
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The matrix as an OSCAL 1.1.3 component-definition (pretty-printed JSON): the provider as a party, roles
/// `provider` and `customer`, a component of type `service` per service, and for every applicable control an
/// implemented requirement whose statements say what each party does, with owner, basis, ISO ids and FedRAMP/CCM
/// projections as properties and the section cited.
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let doc: serde_json::Value = serde_json::from_str(&oscal::component_definition(Matrix::builtin(), Lang::En)).unwrap();
/// let components = doc["component-definition"]["components"].as_array().unwrap();
/// assert_eq!(components.len(), 5);
/// assert_eq!(components[0]["type"], "service");
/// ```
#[must_use]
pub fn component_definition(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::get();
    let (doc_id, resource) = document_resource(lang);
    let components: Vec<Value> = Service::ALL
        .iter()
        .map(|&service| {
            let requirements: Vec<Value> = matrix
                .service(service)
                .iter()
                .filter(|cell| cell.is_applicable())
                .map(|cell| {
                    let c = cell.control();
                    let statements: Vec<Value> = cell
                        .duties()
                        .iter()
                        .enumerate()
                        .map(|(i, d)| {
                            json!({
                                "statement-id": format!("{c}_smt.{}", i + 1),
                                "uuid": uuid(&format!("statement:{service}:{c}:{}", i + 1)),
                                "description": d.text.get(lang),
                                "props": duty_props(d),
                                "responsible-roles": responsible([d.party]),
                            })
                        })
                        .collect();
                    let mut req = json!({
                        "uuid": uuid(&format!("implemented-requirement:{service}:{c}")),
                        "control-id": c.id(),
                        "description": cell.summary().get(lang),
                        "props": requirement_props(cell),
                        "links": citation(&doc_id, cell),
                        "responsible-roles": responsible(cell.duties().iter().map(|d| d.party)),
                        "statements": statements,
                    });
                    if let (Some(r), Some(obj)) = (remarks(cell, lang), req.as_object_mut()) {
                        obj.insert("remarks".into(), Value::String(r));
                    }
                    req
                })
                .collect();
            let name = service.label(lang);
            json!({
                "uuid": uuid(&format!("component:{service}")),
                "type": "service",
                "title": name,
                "description": format!("{name}: {}", doc.title.get(lang)),
                "props": [prop("service", service.id())],
                "responsible-roles": [{ "role-id": role(Party::Provider), "party-uuids": [uuid("party:provider")] }],
                "control-implementations": [{
                    "uuid": uuid(&format!("control-implementation:{service}")),
                    "source": format!("#{doc_id}"),
                    "description": Text::new(
                        "The provider's and the customer's duties under each section of the document.",
                        "文書の各節における当社とお客さまの職務。",
                    ).get(lang),
                    "implemented-requirements": requirements,
                }],
            })
        })
        .collect();
    let root = json!({
        "component-definition": {
            "uuid": uuid("component-definition"),
            "metadata": metadata(doc.title.get(lang), lang),
            "components": components,
            "back-matter": { "resources": [resource] },
        }
    });
    to_pretty(&root)
}

/// A minimal, complete OSCAL 1.1.3 system-security-plan of the provider's side: a component per service, and for
/// every control a by-component entry per service where it applies, whose `export` lists what the provider
/// offers or does (`provided`) and what the customer must do (`responsibilities`, each linked by `provided-uuid`
/// to the provided item it relies on: one on the same layer, else the first).
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let ssp: serde_json::Value = serde_json::from_str(&oscal::system_security_plan(Matrix::builtin(), Lang::En)).unwrap();
/// let reqs = ssp["system-security-plan"]["control-implementation"]["implemented-requirements"].as_array().unwrap();
/// assert_eq!(reqs.len(), 68);
/// ```
#[must_use]
pub fn system_security_plan(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::get();
    let (doc_id, resource) = document_resource(lang);
    let this_system = uuid("ssp-component:this-system");
    let mut components = vec![json!({
        "uuid": this_system,
        "type": "this-system",
        "title": Text::new("IDC Frontier cloud services", "IDCフロンティアのクラウドサービス").get(lang),
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
                .map(|cell| by_component(cell, lang, &doc_id))
                .collect();
            let mut req = json!({
                "uuid": uuid(&format!("ssp-requirement:{c}")),
                "control-id": c.id(),
                "props": [json!({ "name": "label", "value": c.section() })],
            });
            if let Some(obj) = req.as_object_mut() {
                if by_components.is_empty() {
                    obj.insert(
                        "remarks".into(),
                        Value::String(
                            Text::new("Not applicable to any service.", "いずれのサービスにも対象外。")
                                .get(lang)
                                .to_owned(),
                        ),
                    );
                } else {
                    obj.insert("by-components".into(), Value::Array(by_components));
                }
            }
            req
        })
        .collect();
    let root = json!({
        "system-security-plan": {
            "uuid": uuid("system-security-plan"),
            "metadata": metadata(&format!("{} — SSP", doc.title.get(lang)), lang),
            "import-profile": {
                "href": format!("#{doc_id}"),
                "remarks": Text::new(
                    "The document's own sections are the baseline; no published OSCAL profile exists for them.",
                    "文書の節をそのまま基準とする。これに対応する公開OSCALプロファイルはない。",
                ).get(lang),
            },
            "system-characteristics": {
                "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", "id": uuid("system") }],
                "system-name": Text::new("IDC Frontier cloud services", "IDCフロンティアのクラウドサービス").get(lang),
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
                        "5サービスのクラウド基盤・ポータル・当社組織。お客さまの仮想マシンとデータは境界外。",
                    ).get(lang),
                },
            },
            "system-implementation": {
                "users": [{
                    "uuid": uuid("user:provider-operator"),
                    "title": Text::new("Provider operator", "当社運用担当者").get(lang),
                    "role-ids": [role(Party::Provider)],
                }],
                "components": components,
            },
            "control-implementation": {
                "description": Text::new(
                    "For each section of the document and each service: what the provider provides, and what the customer is responsible for.",
                    "文書の各節・各サービスについて、当社が提供するものとお客さまの責任。",
                ).get(lang),
                "implemented-requirements": requirements,
            },
            "back-matter": { "resources": [resource] },
        }
    });
    to_pretty(&root)
}

fn by_component(cell: &Cell, lang: Lang, doc_id: &str) -> Value {
    let (service, c) = (cell.service(), cell.control());
    let provided: Vec<(usize, &Duty)> = cell
        .duties()
        .iter()
        .enumerate()
        .filter(|(_, d)| d.party == Party::Provider && d.kind != DutyKind::LeavesToCustomer)
        .collect();
    let provided_uuid = |i: usize| uuid(&format!("provided:{service}:{c}:{}", i + 1));
    let mut export = serde_json::Map::new();
    let left: Vec<&str> = cell
        .duties()
        .iter()
        .filter(|d| d.party == Party::Provider && d.kind == DutyKind::LeavesToCustomer)
        .map(|d| d.text.get(lang))
        .collect();
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
    let responsibilities: Vec<Value> = cell
        .duties()
        .iter()
        .enumerate()
        .filter(|(_, d)| d.party == Party::Customer)
        .map(|(i, d)| {
            let relies_on = provided.iter().find(|(_, p)| p.layer == d.layer).or_else(|| provided.first());
            let mut item = json!({
                "uuid": uuid(&format!("responsibility:{service}:{c}:{}", i + 1)),
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
    if !responsibilities.is_empty() {
        export.insert("responsibilities".into(), Value::Array(responsibilities));
    }
    json!({
        "component-uuid": uuid(&format!("component:{service}")),
        "uuid": uuid(&format!("by-component:{service}:{c}")),
        "description": cell.summary().get(lang),
        "props": requirement_props(cell),
        "links": citation(doc_id, cell),
        "implementation-status": { "state": "implemented" },
        "export": export,
    })
}

fn to_pretty(value: &Value) -> String {
    // `{:#}` is serde_json's pretty printer; writing a `Value` to a String cannot fail.
    format!("{value:#}\n")
}
