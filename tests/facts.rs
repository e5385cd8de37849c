//! Spot-checks of the matrix against what the document says, section by section.

use idcf_responsibility::{
    Basis, Capability, Control, Document, DutyKind, Issuer, Layer, Matrix, Owner, Party, Service, Withheld,
};

fn owner(control: Control) -> Option<Owner> {
    Matrix::builtin().owner(Service::IdcfCloud, control)
}

#[test]
fn backup_is_the_customers_and_the_provider_disclaims_it() {
    // 6.5.1: the customer backs up its VM data; the provider takes no responsibility for it.
    let m = Matrix::builtin();
    for &service in Service::ALL {
        assert_eq!(m.owner(service, Control::InformationBackup), Some(Owner::Customer), "{service}");
    }
    let duties = Control::InformationBackup.duties();
    assert!(duties.iter().any(|d| d.party == Party::Provider && d.kind == DutyKind::LeavesToCustomer));
    assert!(duties.iter().any(|d| d.party == Party::Customer && d.layer == Layer::CustomerEnvironment));
}

#[test]
fn backup_function_is_shared_and_not_applicable_to_object_storage() {
    // 6.5.2: the provider offers a VM back-up function; the customer checks restores.
    let m = Matrix::builtin();
    assert_eq!(m.owner(Service::IdcfCloud, Control::BackupFunction), Some(Owner::Shared));
    let cell = m.cell(Service::ObjectStorage, Control::BackupFunction);
    assert!(!cell.applicable);
    assert_eq!(cell.owner, None);
    assert!(cell.duties.is_empty());
    let Basis::Inferred { reason } = &cell.basis else { panic!("not applicable must be inferred") };
    assert!(reason.en.contains("virtual machines") && reason.ja.contains("仮想マシン"));
}

#[test]
fn ssh_key_log_on_does_not_apply_to_object_storage() {
    let m = Matrix::builtin();
    assert!(!m.cell(Service::ObjectStorage, Control::SecureLogOn).applicable);
    for service in [Service::IdcfCloud, Service::SelfCloud, Service::ManagedCloud, Service::PrivateCloud] {
        let cell = m.cell(service, Control::SecureLogOn);
        assert_eq!(cell.owner, Some(Owner::Shared));
        assert!(cell.capabilities().any(|c| c == Capability::SshKeyLogon));
        assert!(cell.is_stated());
    }
}

#[test]
fn only_virtual_machine_mechanisms_are_judged_not_applicable() {
    let m = Matrix::builtin();
    let na: Vec<(Service, &str)> =
        m.cells().filter(|c| !c.applicable).map(|c| (c.service, c.control.section())).collect();
    assert_eq!(
        na,
        [
            (Service::ObjectStorage, "6.5.2"),
            (Service::ObjectStorage, "7.2.2"),
            (Service::ObjectStorage, "7.4.1"),
            (Service::ObjectStorage, "7.4.4"),
            (Service::ObjectStorage, "8.3.2"),
        ]
    );
    // Services with virtual machines: the document draws no line, so every cell is stated and alike.
    for &control in Control::ALL {
        let first = m.cell(Service::IdcfCloud, control);
        for service in [Service::SelfCloud, Service::ManagedCloud, Service::PrivateCloud] {
            let cell = m.cell(service, control);
            assert!(cell.is_stated());
            assert_eq!((&cell.duties, cell.owner), (&first.duties, first.owner));
        }
    }
}

#[test]
fn owners_of_awkward_sections() {
    // 8.2.1 (with the sentence the text numbers 8.2.2): SSL portal by the provider, VM measures by the customer.
    assert_eq!(owner(Control::CryptographyPolicy), Some(Owner::Shared));
    assert!(Control::CryptographyPolicy.duties().iter().any(|d| d.capability == Some(Capability::TlsPortal)));
    // 7.2.3: passwords changed by the customer on VMs and portal, the portal lets them.
    assert_eq!(owner(Control::UserPasswordManagement), Some(Owner::Shared));
    // 8.3.2: OS list and advance notice, provider only.
    assert_eq!(owner(Control::ReviewAfterOsChanges), Some(Owner::Provider));
    assert!(Control::ReviewAfterOsChanges.duties().iter().all(|d| d.kind == DutyKind::Notifies));
}

#[test]
fn owners_stated_plainly() {
    assert_eq!(owner(Control::ClockSynchronization), Some(Owner::Provider)); // 6.8.6 NTP
    assert_eq!(owner(Control::NetworkServiceSecurity), Some(Owner::Provider)); // 6.6.1 firewall
    assert_eq!(owner(Control::AuditLogging), Some(Owner::Customer)); // 6.8.1 VM audit logs
    assert_eq!(owner(Control::InventoryOfAssets), Some(Owner::Customer)); // 3.1.1
    assert_eq!(owner(Control::NetworkConnectionControl), Some(Owner::Customer)); // 7.3.3 unrestricted
    assert_eq!(owner(Control::Teleworking), Some(Owner::Customer)); // 7.6.2 not restricted
    assert_eq!(owner(Control::MaliciousCode), Some(Owner::Shared)); // 6.4.1
    assert_eq!(owner(Control::TechnicalVulnerabilities), Some(Owner::Shared)); // 8.4.1
    assert_eq!(owner(Control::Certification), Some(Owner::Provider)); // 11.4.1
}

#[test]
fn capabilities_link_to_the_sections_that_name_them() {
    let controls = |cap: Capability| cap.controls().map(Control::section).collect::<Vec<_>>();
    assert_eq!(controls(Capability::Firewall), ["6.6.1"]);
    assert_eq!(controls(Capability::PortFiltering), ["6.4.1"]);
    assert_eq!(controls(Capability::IpsIdsWaf), ["6.4.1"]);
    assert_eq!(controls(Capability::BackupFunction), ["6.5.2"]);
    assert_eq!(controls(Capability::EncryptedConsole), ["7.3.2"]);
    assert_eq!(controls(Capability::SshKeyLogon), ["7.3.1", "7.4.1"]);
    assert_eq!(controls(Capability::PortalPasswordChange), ["7.2.3", "7.4.3"]);
    assert_eq!(controls(Capability::DedicatedServers), ["7.5.2"]);
    assert_eq!(controls(Capability::MonitoringService), ["6.3.1", "6.8.2"]);
    assert!(Control::SensitiveSystemIsolation.duties().iter().all(|d| d.kind == DutyKind::OnRequest));
    for &cap in Capability::ALL {
        assert!(cap.controls().next().is_some(), "{cap} is named by no section");
    }
}

#[test]
fn what_the_provider_withholds() {
    assert_eq!(Withheld::ThirdPartyAuditResults.control().section(), "6.2.2");
    assert_eq!(Withheld::IncidentKnowledge.control().section(), "9.2.1");
    assert_eq!(Withheld::InternalAuditResults.control().section(), "11.2.1");
    let all: usize = Control::ALL.iter().map(|c| c.withheld().len()).sum();
    assert_eq!(all, 3);
}

#[test]
fn document_metadata() {
    let doc = Document::get();
    assert_eq!(doc.publisher.ja, "株式会社IDCフロンティア");
    assert_eq!(doc.title.ja, "クラウドサービスにおけるセキュリティ対策概要");
    assert_eq!((doc.edition, doc.issued.as_ref()), (1, "2014-10-01"));
    assert_eq!(doc.services.as_ref(), Service::ALL);
    assert_eq!(doc.certification.standard, "ISO/IEC 27001:2005");
    assert_eq!(doc.certification.jis, "JIS Q 27001:2006");
    let issuers: Vec<Issuer> = doc.guidelines.iter().map(|g| g.issuer).collect();
    assert_eq!(issuers, [Issuer::Meti, Issuer::Mic, Issuer::Mic, Issuer::Mhlw, Issuer::Fisc, Issuer::Jdcc]);
    assert!(doc.guidelines.iter().any(|g| g.title.ja == "データセンターファシリティスタンダード"));
}

#[test]
fn every_cell_is_consistent() {
    for cell in Matrix::builtin().cells() {
        assert_eq!(cell.section, cell.control.section());
        assert!(!cell.summary.is_blank());
        if cell.applicable {
            assert_eq!(cell.owner, Owner::derive(&cell.duties));
            assert!(cell.owner.is_some());
        } else {
            assert!(cell.basis.is_inferred() && cell.owner.is_none() && cell.duties.is_empty());
        }
        for duty in cell.duties.iter() {
            assert!(!duty.text.is_blank());
            // Only the provider offers, notifies, acts on request or leaves things to the customer.
            if duty.party == Party::Customer {
                assert_eq!(duty.kind, DutyKind::Performs, "{} {}", cell.section, duty.text.en);
            }
        }
    }
}

#[test]
fn customer_checklist_groups_by_chapter() {
    let m = Matrix::builtin();
    let list = m.customer_checklist(Service::ObjectStorage);
    let chapters: Vec<_> = list.groups.iter().map(|g| g.chapter).collect();
    let mut sorted = chapters.clone();
    sorted.sort();
    assert_eq!(chapters, sorted, "chapters in document order");
    let items: usize = m.service(Service::ObjectStorage).iter().map(|c| c.duties_of(Party::Customer).count()).sum();
    assert_eq!(list.len(), items);
    // Object Storage loses the customer duties of its five not-applicable cells.
    assert!(list.len() < m.customer_checklist(Service::IdcfCloud).len());
}

#[test]
fn queries_by_party_owner_and_capability() {
    let m = Matrix::builtin();
    let per_owner: usize = Owner::ALL.iter().map(|&o| m.owned_by(o).count()).sum();
    assert_eq!(per_owner, 340 - 5);
    assert!(m.duties_of(Party::Provider).all(|(_, d)| d.party == Party::Provider));
    assert_eq!(m.offering(Capability::BackupFunction).count(), 4);
    assert_eq!(m.stated().count(), 335);
}
