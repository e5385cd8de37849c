//! The component-definition: a component per service.

use serde_json::{Value, json};

use super::{
    PROFILE_FILE, citation, document_resource, duty_props, metadata, profile_resource, prop, provider_acts,
    responsible, statements_of, status, status_prop, to_pretty, uuid,
};
use crate::{Cell, Lang, Matrix, Party, Service, Text, document::Document, frameworks::OscalOrigination};

/// The properties of a cell, wherever it is implemented: section and ISO ids, owner, basis and the projections.
pub(super) fn requirement_props(cell: &Cell) -> Vec<Value> {
    let mut props = super::catalog::control_props(cell.control());
    props.push(prop("owner", cell.owner().map_or("not-applicable", <&str>::from)));
    props.push(prop("basis", cell.basis().into()));
    if let Some(basis) = cell.owner_basis() {
        props.push(prop("owner-basis", basis.into()));
    }
    if let Some(stated) = cell.stated_owner() {
        props.push(prop("stated-owner", stated.into()));
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

/// What is withheld and why we inferred what we did, as one remark.
pub(super) fn remarks(cell: &Cell, lang: Lang) -> Option<String> {
    let mut parts: Vec<String> = cell.withheld().iter().map(|w| w.label(lang).to_owned()).collect();
    parts.extend(crate::export::reasons(cell, lang));
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The statements of a cell: one per catalog statement its duties answer, saying who does what.
fn statements(cell: &Cell, lang: Lang) -> Vec<Value> {
    let (service, c) = (cell.service(), cell.control());
    statements_of(cell)
        .into_iter()
        .map(|(_, id, duties)| {
            let mut props: Vec<Value> = duties.iter().flat_map(|d| duty_props(d)).collect();
            // What the provider itself does is implemented; a customer's part is the customer's to implement, so
            // it carries no status (tools show their default).
            if provider_acts(duties.iter().copied()) {
                props.push(status_prop("implemented", None, lang));
            }
            json!({
                "statement-id": id,
                "uuid": uuid(&format!("statement:{service}:{c}:{id}")),
                "description": duties.iter().map(|d| d.text.get(lang)).collect::<Vec<_>>().join(" "),
                "props": props,
                "responsible-roles": responsible(duties.iter().map(|d| d.party)),
            })
        })
        .collect()
}

/// The matrix as an OSCAL 1.1.3 component-definition (pretty-printed JSON): the provider as a party, roles
/// `provider` and `customer`, a component of type `service` per service, and for every applicable control an
/// implemented requirement whose statements (ids of the [`catalog`](super::catalog)'s statement items) say what
/// each party does, with owner, basis, ISO ids and FedRAMP/CCM projections as properties and the section cited.
/// Each control implementation's `source` is [`PROFILE_FILE`], by relative href; the back-matter lists the profile
/// (with an rlink to it) and the document.
///
/// ```
/// use idcf_responsibility::{export::oscal, Lang, Matrix};
/// let doc: serde_json::Value = serde_json::from_str(&oscal::component_definition(Matrix::builtin(), Lang::En)).unwrap();
/// let components = doc["component-definition"]["components"].as_array().unwrap();
/// assert_eq!(components.len(), 5);
/// assert_eq!(components[0]["type"], "service");
/// assert_eq!(components[0]["control-implementations"][0]["source"], oscal::PROFILE_FILE);
/// ```
#[must_use]
pub fn component_definition(matrix: &Matrix, lang: Lang) -> String {
    let doc = Document::builtin();
    let components: Vec<Value> = Service::ALL
        .iter()
        .map(|&service| {
            let requirements: Vec<Value> = matrix
                .for_service(service)
                .iter()
                .filter(|cell| cell.is_applicable())
                .map(|cell| {
                    let c = cell.control();
                    let (state, why) = status(cell);
                    let mut props = requirement_props(cell);
                    props.push(status_prop(state, why, lang));
                    let mut req = json!({
                        "uuid": uuid(&format!("implemented-requirement:{service}:{c}")),
                        "control-id": c.id(),
                        "description": cell.summary().get(lang),
                        "props": props,
                        "links": citation(cell.section()),
                        "responsible-roles": responsible(cell.duties().iter().map(|d| d.party)),
                        "statements": statements(cell, lang),
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
                "responsible-roles": [{ "role-id": super::role(Party::Provider), "party-uuids": [uuid("party:provider")] }],
                "control-implementations": [{
                    "uuid": uuid(&format!("control-implementation:{service}")),
                    "source": PROFILE_FILE,
                    "description": Text::new(
                        "The provider's and the customer's duties under each section of the document.",
                        "文書の各節におけるIDCFとお客さまの職務。",
                    ).get(lang),
                    "implemented-requirements": requirements,
                }],
            })
        })
        .collect();
    let root = json!({
        "component-definition": {
            "uuid": uuid("component-definition"),
            "metadata": metadata(doc.title.get(lang), lang, true),
            "components": components,
            "back-matter": { "resources": [profile_resource(lang), document_resource(lang)] },
        }
    });
    to_pretty(&root)
}
