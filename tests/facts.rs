//! Spot-checks of the matrix against what the document says, section by section, and the codebook's mechanical
//! rules (`docs/codebook.md`) over the whole matrix. Each owner check cites the sentence that decides it.

use idcf_responsibility::{
    Basis, Capability, CellBasis, Control, DutyKind, Layer, Matrix, Owner, OwnerBasis, Party, Scope, Service, Text,
    Withheld,
    document::{Document, Issuer},
};

/// The services with virtual machines.
const VM_SERVICES: [Service; 4] =
    [Service::IdcfCloud, Service::SelfCloud, Service::ManagedCloud, Service::PrivateCloud];

fn owner(control: Control) -> Option<Owner> {
    Matrix::builtin().owner(Service::IdcfCloud, control)
}

#[test]
fn backup_is_the_customers_stated_for_virtual_machines_and_inferred_for_object_storage() {
    let m = Matrix::builtin();
    // 6.5.1#1: the customer backs up its information on virtual machines; #2: the provider disclaims it.
    for service in VM_SERVICES {
        let cell = m.cell(service, Control::InformationBackup);
        assert_eq!((cell.owner(), cell.stated_owner()), (Some(Owner::Customer), Some(Owner::Customer)), "{service}");
        assert_eq!(cell.owner_basis(), Some(OwnerBasis::DerivedFromStated));
        assert!(cell.duties().iter().any(|d| d.party == Party::Provider && d.kind == DutyKind::LeavesToCustomer));
    }
    // Object Storage has no virtual machines: the answer is still "the customer", but as our inference.
    let cell = m.cell(Service::ObjectStorage, Control::InformationBackup);
    assert_eq!(cell.owner(), Some(Owner::Customer));
    assert_eq!(cell.stated_owner(), None);
    assert_eq!(cell.owner_basis(), Some(OwnerBasis::Inferred));
    assert_eq!(cell.basis(), CellBasis::Inferred);
    let [duty] = cell.duties() else { panic!("one inferred duty expected: {:?}", cell.duties()) };
    assert_eq!((duty.party, duty.scope), (Party::Customer, Scope::WithoutVirtualMachines));
    let reason = duty.basis.reason().expect("inferred");
    assert!(reason.en.contains("3.1.1") && reason.ja.contains("3.1.1"));
}

#[test]
fn backup_function_is_shared_and_not_applicable_to_object_storage() {
    let m = Matrix::builtin();
    // 6.5.2#1 offers the function; #2 the customer checks restores.
    let cell = m.cell(Service::IdcfCloud, Control::BackupFunction);
    assert_eq!(cell.stated_owner(), Some(Owner::Shared));
    assert!(cell.capabilities().any(|c| c == Capability::BackupFunction));
    let cell = m.cell(Service::ObjectStorage, Control::BackupFunction);
    assert!(!cell.is_applicable());
    assert_eq!((cell.owner(), cell.stated_owner(), cell.owner_basis()), (None, None, None));
    assert!(cell.duties().is_empty());
    let reason = cell.not_applicable_reason().expect("a reason");
    assert!(reason.en.contains("virtual machines") && reason.ja.contains("仮想マシン"));
}

#[test]
fn no_object_storage_cell_holds_a_stated_duty_about_virtual_machines() {
    let m = Matrix::builtin();
    for cell in m.for_service(Service::ObjectStorage) {
        for duty in cell.stated_duties() {
            assert_eq!(duty.scope, Scope::AllServices, "{} {}", cell.section(), duty.text.en);
            assert!(!duty.text.en.contains("virtual machine"), "{} {}", cell.section(), duty.text.en);
            assert!(!duty.text.ja.contains("仮想マシン"), "{} {}", cell.section(), duty.text.ja);
        }
    }
    // Spot-checks: 7.4.5's sentences all speak of the customer's virtual machines; 6.7.1's as well.
    assert!(!m.cell(Service::ObjectStorage, Control::SessionTimeout).is_applicable());
    assert_eq!(m.cell(Service::ObjectStorage, Control::ElectronicMessaging).stated_duties().count(), 0);
    // 4.1.2#1 names both virtual machines and the portal: Object Storage keeps the portal part.
    let removal = m.cell(Service::ObjectStorage, Control::RemovalOfAccessRights);
    assert!(removal.stated_duties().any(|d| d.party == Party::Customer && d.layer == Layer::Portal));
    assert!(!removal.duties().iter().any(|d| d.layer == Layer::CustomerEnvironment && d.party == Party::Customer));
}

#[test]
fn vm_services_hold_the_same_cells() {
    // The document draws no line between the four services with virtual machines.
    let m = Matrix::builtin();
    for &control in Control::ALL {
        let first = m.cell(Service::IdcfCloud, control);
        for service in &VM_SERVICES[1..] {
            let cell = m.cell(*service, control);
            assert_eq!(
                (cell.duties(), cell.owner(), cell.stated_owner()),
                (first.duties(), first.owner(), first.stated_owner())
            );
        }
        assert!(first.is_applicable(), "{control}");
        assert!(first.stated_duties().next().is_some(), "every section states something for VM services: {control}");
    }
}

#[test]
fn judgements_for_object_storage() {
    let m = Matrix::builtin();
    let na: Vec<&str> = m.cells().filter(|c| !c.is_applicable()).map(idcf_responsibility::Cell::section).collect();
    // The J1/J2 tie-break (codebook): a section about a mechanism only virtual machines have is not applicable,
    // even where it leaves measures to the customer (6.7.1, 6.8.3, 7.5.1).
    assert_eq!(
        na,
        [
            "6.5.2", "6.7.1", "6.8.1", "6.8.3", "7.1.1", "7.2.2", "7.2.4", "7.3.2", "7.4.1", "7.4.4", "7.4.5", "7.4.6",
            "7.5.1", "8.3.2"
        ]
    );
    assert!(m.cells().filter(|c| !c.is_applicable()).all(|c| c.service() == Service::ObjectStorage));
    // Sections whose every stated sentence concerns virtual machines, extended to Object Storage as our inference.
    let extended: Vec<&str> = m
        .for_service(Service::ObjectStorage)
        .iter()
        .filter(|c| c.is_applicable() && c.stated_duties().next().is_none())
        .map(idcf_responsibility::Cell::section)
        .collect();
    // J2: only where the section's control is the customer's own information or use as such.
    assert_eq!(extended, ["5.1.1", "6.5.1"]);
    for section in extended {
        let cell = m.cell(Service::ObjectStorage, Control::find(section).unwrap()[0]);
        assert_eq!(cell.basis(), CellBasis::Inferred);
        assert!(cell.duties().iter().all(|d| d.scope == Scope::WithoutVirtualMachines && d.basis.is_inferred()));
    }
}

#[test]
fn the_customers_part_where_the_document_words_a_request() {
    // 7.5.2#1: an independent server at the customer's request: the customer asks, the provider provides.
    let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::SensitiveSystemIsolation);
    assert_eq!(cell.stated_owner(), Some(Owner::Shared));
    assert!(cell.duties().iter().any(|d| d.party == Party::Customer && d.kind == DutyKind::Requests && d.is_stated()));
    assert!(
        cell.duties()
            .iter()
            .any(|d| d.kind == DutyKind::OnRequest && d.capability == Some(Capability::IndependentServers))
    );
    // 11.3.1#1: cooperation with the customer's audit on prior notice; #2 limits the information to the contract.
    let audit = Matrix::builtin().cell(Service::ObjectStorage, Control::SystemAuditControls);
    assert_eq!(audit.stated_owner(), Some(Owner::Shared));
    assert_eq!(audit.withheld(), [Withheld::InformationBeyondContract]);
    assert!(audit.capabilities().any(|c| c == Capability::AuditCooperation));
}

#[test]
fn permissions_are_may_not_obligations() {
    // 7.2.2#1 「作成可能です」, 7.3.1#2 「変更いただけます」, 7.2.3#2 「変更できます」.
    for (control, sentence) in [
        (Control::PrivilegeManagement, 1),
        (Control::ExternalUserAuthentication, 2),
        (Control::UserPasswordManagement, 2),
    ] {
        let duties = control.section_duties();
        assert!(
            duties.iter().any(|d| d.party == Party::Customer && d.kind == DutyKind::May && d.sentence == sentence),
            "{control}"
        );
    }
    // A permission counts for the customer: 7.2.2 is the customer's.
    assert_eq!(owner(Control::PrivilegeManagement), Some(Owner::Customer));
}

#[test]
fn the_same_act_is_coded_the_same_way() {
    let kind_of = |control: Control, sentence: u8| -> Vec<DutyKind> {
        control
            .section_duties()
            .iter()
            .filter(|d| d.sentence == sentence && d.party == Party::Provider)
            .map(|d| d.kind)
            .collect()
    };
    // Documentation is disclosed: 2.1.2#1, 2.2.1#1, 6.1.2#1.
    for (c, s) in [
        (Control::AuthorizationProcessForFacilities, 1),
        (Control::ExternalPartyRisks, 1),
        (Control::OperatingProcedures, 1),
    ] {
        assert_eq!(kind_of(c, s), [DutyKind::Discloses], "{c}");
    }
    // A desk is offered: 2.1.1#2, 6.1.2#2, 9.1.1#1.
    for (c, s) in
        [(Control::AllocationOfResponsibilities, 2), (Control::OperatingProcedures, 2), (Control::EventReporting, 1)]
    {
        assert_eq!(kind_of(c, s), [DutyKind::Offers], "{c}");
    }
    // What the terms set out is disclosed: 2.1.2#2, 2.1.3#1, 11.1.1#1, 4.1.2#3.
    for (c, s) in [
        (Control::AuthorizationProcessForFacilities, 2),
        (Control::ConfidentialityAgreements, 1),
        (Control::ApplicableLegislation, 1),
        (Control::RemovalOfAccessRights, 3),
    ] {
        assert_eq!(kind_of(c, s), [DutyKind::Discloses], "{c}");
    }
}

#[test]
fn owners_decided_by_the_document() {
    // 6.8.6#1 「NTP プロトコルにより同期をとっています」: the provider.
    assert_eq!(owner(Control::ClockSynchronization), Some(Owner::Provider));
    // 6.8.1#1 「…お客さま自身で取得いただきます」: the customer.
    assert_eq!(owner(Control::AuditLogging), Some(Owner::Customer));
    // 3.1.1#1 「…お客さまに管理いただく事項になります」: the customer, for all five services.
    for &service in Service::ALL {
        assert_eq!(Matrix::builtin().stated_owner(service, Control::InventoryOfAssets), Some(Owner::Customer));
    }
    // 7.6.2#1 「当社では利用環境の制限をしておりません」 and #2: the customer.
    assert_eq!(owner(Control::Teleworking), Some(Owner::Customer));
    // 6.4.1#1 port filtering, #3 the customer's applications: shared.
    assert_eq!(owner(Control::MaliciousCode), Some(Owner::Shared));
    // 8.4.1#1 the customer's VMs, #2 the platform: shared.
    assert_eq!(owner(Control::TechnicalVulnerabilities), Some(Owner::Shared));
    // 11.4.1#1 certification: the provider.
    assert_eq!(owner(Control::Certification), Some(Owner::Provider));
    // 8.2.1#1 SSL on the portal, #2 the customer's VM measures: shared; the capability is SSL, as written.
    assert_eq!(owner(Control::CryptographyPolicy), Some(Owner::Shared));
    assert!(Control::CryptographyPolicy.section_duties().iter().any(|d| d.capability == Some(Capability::SslPortal)));
    // 8.3.2#1 lists the operating systems, #2 gives notice: the provider discloses; reviewing the applications after
    // the change is the customer's (codebook J5, tested below).
    assert_eq!(
        Matrix::builtin().stated_owner(Service::IdcfCloud, Control::ReviewAfterOsChanges),
        Some(Owner::Provider)
    );
    assert!(
        Control::ReviewAfterOsChanges
            .section_duties()
            .iter()
            .filter(|d| d.is_stated())
            .all(|d| d.kind == DutyKind::Discloses)
    );
}

#[test]
fn review_after_an_os_change_is_the_customers_by_inference() {
    // 8.3.2 「変更が生じる場合は事前に通知を行います」: the provider's notice; the review of applications that the
    // section's control asks for is stated of no one. 7.4.4#1 makes the applications on virtual machines the
    // customer's to manage, and 7.5.1#4 says the platform cannot reach them: J5.
    let m = Matrix::builtin();
    for service in VM_SERVICES {
        let cell = m.cell(service, Control::ReviewAfterOsChanges);
        assert_eq!((cell.owner(), cell.stated_owner()), (Some(Owner::Shared), Some(Owner::Provider)), "{service}");
        assert_eq!(cell.owner_basis(), Some(OwnerBasis::Inferred));
        let [customer] = cell.duties_of(Party::Customer).collect::<Vec<_>>()[..] else { panic!("one customer duty") };
        assert_eq!(
            (customer.kind, customer.sentence, customer.scope),
            (DutyKind::Performs, 2, Scope::WithVirtualMachines)
        );
        let reason = customer.basis.reason().expect("inferred, with its reason");
        for needle in ["7.4.4", "7.5.1"] {
            assert!(reason.en.contains(needle) && reason.ja.contains(needle), "{needle}");
        }
        // A reason the customer reads carries no codebook code in either language (docs/codebook.md has the rules).
        assert!(!reason.en.contains("J5") && !reason.ja.contains("J5"));
    }
    assert!(!m.cell(Service::ObjectStorage, Control::ReviewAfterOsChanges).is_applicable());
}

#[test]
fn j4_reaches_only_the_services_where_the_customer_operates_the_function() {
    let m = Matrix::builtin();
    // 6.4.1#1 port filtering and 6.6.1#1 the firewall: the customer sets rules for its own servers, which Object
    // Storage does not have; the provider's offer is stated for all five.
    for control in [Control::MaliciousCode, Control::NetworkServiceSecurity] {
        let os = m.cell(Service::ObjectStorage, control);
        assert_eq!((os.owner(), os.stated_owner()), (Some(Owner::Provider), Some(Owner::Provider)), "{control}");
        assert_eq!(os.duties_of(Party::Customer).count(), 0, "{control}");
        assert_eq!(m.owner(Service::IdcfCloud, control), Some(Owner::Shared), "{control}");
    }
    // Over the matrix: in Object Storage a J4 duty exists only for a desk (9.1.1).
    for cell in m.for_service(Service::ObjectStorage) {
        for d in cell.duties().iter().filter(|d| d.basis.reason().is_some_and(|r| r.en.contains("J4"))) {
            assert!(cell.capabilities().any(|c| c == Capability::SupportDesk), "{}: {}", cell.section(), d.text.en);
        }
    }
}

#[test]
fn an_addendum_takes_its_scope_by_rule_s4() {
    // 6.4.1#4 「なお、別途 IPS/IDS および WAF …も可能です」 adds a means to #3 (applications on virtual machines).
    let ips =
        Control::MaliciousCode.section_duties().iter().find(|d| d.capability == Some(Capability::IpsIdsWaf)).unwrap();
    assert_eq!((ips.sentence, ips.scope), (4, Scope::WithVirtualMachines));
}

#[test]
fn an_ambiguous_scope_is_stated_only_for_the_narrower_reading_s5() {
    let m = Matrix::builtin();
    // 6.1.4#1 「仮想マシンについては管理者権限のみを提供しており、またシステム環境をご利用開始時にご案内しています」:
    // the 案内 clause sits in a sentence whose topic is virtual machines. Stated for them; Object Storage's part is
    // our inference, so its stated owner is the customer's (#2, #3) and its owner, with our inference, shared.
    let guides: Vec<_> =
        Control::SegregationOfDuties.section_duties().iter().filter(|d| d.kind == DutyKind::Discloses).collect();
    assert_eq!(guides.len(), 2);
    assert!(guides.iter().all(|d| d.sentence == 1));
    assert!(guides.iter().any(|d| d.scope == Scope::WithVirtualMachines && d.is_stated()));
    assert!(guides.iter().any(|d| d.scope == Scope::WithoutVirtualMachines && d.basis.is_inferred()));
    let os = m.cell(Service::ObjectStorage, Control::SegregationOfDuties);
    assert_eq!((os.stated_owner(), os.owner()), (Some(Owner::Customer), Some(Owner::Shared)));
    assert_eq!(os.owner_basis(), Some(OwnerBasis::Inferred));
    assert_eq!(m.cell(Service::IdcfCloud, Control::SegregationOfDuties).stated_owner(), Some(Owner::Shared));
    // 7.3.2#1 「SSL などの暗号化通信を用いたコンソール接続を提供しています」: under the title of remote diagnostic and
    // configuration ports, the console is the virtual machines'. Stated for them; Object Storage, which has none, is
    // not applicable.
    let console = &Control::RemotePortProtection.section_duties()[0];
    assert_eq!((console.scope, console.capability), (Scope::WithVirtualMachines, Some(Capability::EncryptedConsole)));
    assert!(console.is_stated());
    assert_eq!(m.owner(Service::IdcfCloud, Control::RemotePortProtection), Some(Owner::Provider));
    assert!(!m.cell(Service::ObjectStorage, Control::RemotePortProtection).is_applicable());
}

#[test]
fn a_permission_names_no_system_the_sentence_does_not_name() {
    // 7.2.1#1 「お客さま企業の管理者の方が登録・削除できます」: the customer's administrator may (K5); the sentence names
    // no system the provider offers, so there is no provider duty, and the customer owns it in all five services.
    let duties = Control::UserRegistration.section_duties();
    assert_eq!(duties.len(), 1);
    assert_eq!((duties[0].party, duties[0].kind), (Party::Customer, DutyKind::May));
    assert_eq!(duties[0].scope, Scope::AllServices);
    for &service in Service::ALL {
        assert_eq!(Matrix::builtin().stated_owner(service, Control::UserRegistration), Some(Owner::Customer));
    }
    assert!(Control::UserRegistration.section_summary().en.contains("can register"));
}

#[test]
fn no_inferred_duty_where_the_customer_has_nothing_to_act_on() {
    let m = Matrix::builtin();
    // 7.3.3#1 「制限なく利用できます」: the provider sets no restriction, in all five. The customer's part is our
    // inference only where it has systems of its own whose connections it controls (J3 with J4's condition).
    let os = m.cell(Service::ObjectStorage, Control::NetworkConnectionControl);
    assert_eq!(os.duties_of(Party::Customer).count(), 0);
    assert_eq!((os.owner(), os.stated_owner()), (Some(Owner::Customer), Some(Owner::Customer)));
    assert_eq!(os.basis(), CellBasis::Stated);
    assert!(!os.summary().en.contains("virtual machine"));
    let vm = m.cell(Service::IdcfCloud, Control::NetworkConnectionControl);
    assert!(vm.duties_of(Party::Customer).all(|d| d.basis.is_inferred() && d.scope == Scope::WithVirtualMachines));
    assert_eq!(vm.duties_of(Party::Customer).count(), 1);
}

#[test]
fn one_sentence_one_coding() {
    // 「お客様の利用方針にしたがって、適切な保護策をとっていただくこととなります。」 is 7.4.3#2, 7.4.4#2, 7.4.5#3,
    // 7.4.6#3 and 7.5.1#3: one coding, no object added, one wording in each language; the scope is the sentence
    // before's (S2).
    let twins = [
        (Control::PasswordManagementSystem, 2),
        (Control::SystemUtilities, 2),
        (Control::SessionTimeout, 3),
        (Control::ConnectionTimeLimit, 3),
        (Control::InformationAccessRestriction, 3),
    ];
    let texts: Vec<&Text> = twins
        .iter()
        .map(|&(c, n)| {
            let [d] = c.section_duties().iter().filter(|d| d.sentence == n).collect::<Vec<_>>()[..] else {
                panic!("{c}: one duty")
            };
            assert_eq!((d.party, d.kind), (Party::Customer, DutyKind::Performs), "{c}");
            assert!(d.is_stated(), "{c}");
            &d.text
        })
        .collect();
    assert!(texts.iter().all(|t| *t == texts[0]), "{texts:?}");
    assert!(!texts[0].en.contains("virtual machine") && !texts[0].ja.contains("仮想マシン"));
}

#[test]
fn layer_tie_breaks() {
    let layer = |control: Control, sentence: u8, party: Party, kind: DutyKind| -> Vec<Layer> {
        control
            .section_duties()
            .iter()
            .filter(|d| d.sentence == sentence && d.party == party && d.kind == kind)
            .map(|d| d.layer)
            .collect()
    };
    // LT1: the subject of a notice, not its channel.
    assert_eq!(layer(Control::FaultLogging, 1, Party::Provider, DutyKind::Discloses), [Layer::Platform]);
    assert_eq!(layer(Control::ExternalPartyRisks, 2, Party::Provider, DutyKind::Discloses), [Layer::Platform]);
    // LT2: a provider act on customer data is the customer environment; a property of its systems, the platform.
    assert_eq!(
        layer(Control::ClassificationGuidelines, 1, Party::Provider, DutyKind::Performs),
        [Layer::CustomerEnvironment]
    );
    assert_eq!(
        layer(Control::InformationBackup, 2, Party::Provider, DutyKind::LeavesToCustomer),
        [Layer::CustomerEnvironment]
    );
    assert_eq!(layer(Control::InformationAccessRestriction, 4, Party::Provider, DutyKind::Performs), [Layer::Platform]);
}

#[test]
fn owners_that_rest_on_our_inference_say_so() {
    let m = Matrix::builtin();
    // 7.3.3#1 「制限なく利用できます」: the provider sets no restriction; the customer's part is our inference.
    let cell = m.cell(Service::IdcfCloud, Control::NetworkConnectionControl);
    assert_eq!(cell.owner(), Some(Owner::Customer));
    assert_eq!(cell.basis(), CellBasis::PartlyInferred);
    assert!(cell.duties_of(Party::Customer).all(|d| d.basis.is_inferred()));
    // 6.6.1#1 states only the firewall: the provider by the document, shared with our inference that the customer
    // sets the rules for its own servers.
    let fw = m.cell(Service::IdcfCloud, Control::NetworkServiceSecurity);
    assert_eq!((fw.stated_owner(), fw.owner()), (Some(Owner::Provider), Some(Owner::Shared)));
    assert_eq!(fw.owner_basis(), Some(OwnerBasis::Inferred));
}

#[test]
fn codebook_rules_hold_over_the_matrix() {
    let m = Matrix::builtin();
    for cell in m.cells() {
        let place = format!("{} {}", cell.service(), cell.section());
        for d in cell.duties() {
            // A capability sits only on a provider duty that makes it available.
            if d.capability.is_some() {
                assert!(d.party == Party::Provider && d.kind.makes_available(), "{place}: {}", d.text.en);
            }
            assert!(d.scope.includes(cell.service()), "{place}");
            assert!(d.sentence >= 1 && d.sentence <= cell.control().sentences(), "{place}");
            if let Basis::Inferred { reason } = &d.basis {
                assert!(!reason.is_blank(), "{place}");
            }
            // Customer duties are obligations, permissions or requests.
            if d.party == Party::Customer {
                assert!(matches!(d.kind, DutyKind::Performs | DutyKind::May | DutyKind::Requests), "{place}");
            }
        }
        for d in cell.duties() {
            // Every offer names what it makes available (11.4.2#2's sales contact too).
            if d.party == Party::Provider && d.kind == DutyKind::Offers {
                assert!(d.capability.is_some(), "{place}: {}", d.text.en);
            }
            // LT3: a capability's layer is where the thing lives: the provider's systems, the portal, the virtual
            // machine itself, the provider's organisation or its documents.
            if let Some(cap) = d.capability {
                assert_eq!(d.layer, layer_of(cap), "{place}: {cap}");
            }
            // J5 applies only beside a provider's notice of change in the same sentence and scope.
            if d.basis.reason().is_some_and(|r| r.en.contains("J5")) {
                assert!(
                    cell.duties().iter().any(|p| p.party == Party::Provider
                        && p.kind == DutyKind::Discloses
                        && p.sentence == d.sentence
                        && p.scope == d.scope),
                    "{place}"
                );
            }
        }
        // A summary is true of its cell: Object Storage's never speaks of virtual machines.
        if cell.service() == Service::ObjectStorage && cell.is_applicable() {
            let s = cell.summary();
            assert!(
                !s.en.contains("virtual machine") && !s.ja.contains("仮想マシン") && !s.ja.contains("仮想環境"),
                "{place}: {}",
                s.en
            );
        }
        // A J1 cell carries no duty, and its reason.
        if !cell.is_applicable() {
            assert!(cell.duties().is_empty() && cell.not_applicable_reason().is_some(), "{place}");
        }
        // Our Japanese names the provider IDCF, never 当社 (only a title quoted in 「」 may keep it).
        let mut japanese = vec![cell.summary().ja.to_string()];
        japanese.extend(cell.duties().iter().map(|d| d.text.ja.to_string()));
        japanese.extend(cell.duties().iter().filter_map(|d| d.basis.reason()).map(|r| r.ja.to_string()));
        japanese.extend(cell.not_applicable_reason().map(|r| r.ja.to_string()));
        for text in japanese {
            assert!(!unquoted(&text).contains("当社"), "{place}: {text}");
        }
        // A leaves-to-customer duty has the customer's part beside it, unless J4's condition withholds it: the
        // section's inferred customer part is scoped away from this service, with a reason (7.3.3 in Object
        // Storage, where the customer has no systems of its own whose connections it could control).
        let nothing_to_act_on = cell
            .control()
            .section_duties()
            .iter()
            .any(|d| d.party == Party::Customer && !d.scope.includes(cell.service()) && d.basis.reason().is_some());
        if cell.duties().iter().any(|d| d.kind == DutyKind::LeavesToCustomer) {
            assert!(
                cell.duties_of(Party::Customer).next().is_some() || nothing_to_act_on,
                "{place}: the customer's part is missing"
            );
        }
        // Every cell the customer owns or shares has a customer duty (but where J4's condition withholds it, as
        // above); every cell the provider has a part in has a provider duty other than leaving it to the customer.
        if cell.owner().is_some_and(|o| o.involves(Party::Customer)) {
            assert!(cell.duties_of(Party::Customer).next().is_some() || nothing_to_act_on, "{place}");
        }
        if cell.is_applicable() {
            assert_eq!(cell.owner(), Owner::of(cell.duties()));
            let stated: Vec<_> = cell.stated_duties().cloned().collect();
            assert_eq!(cell.stated_owner(), Owner::of(&stated));
        }
    }
}

/// The layer of the duty that makes a capability available (codebook LT3).
fn layer_of(cap: Capability) -> Layer {
    match cap {
        Capability::SslPortal
        | Capability::PortalPasswordChange
        | Capability::PortalSignIn
        | Capability::PortalAccessLevels => Layer::Portal,
        Capability::SshKeyLogon | Capability::VmAdministratorRights | Capability::OperatingSystemList => {
            Layer::CustomerEnvironment
        }
        Capability::AuditCooperation | Capability::SupportDesk => Layer::ProviderOrganisation,
        Capability::OperatingDocumentation => Layer::ContractDocuments,
        _ => Layer::Platform,
    }
}

/// A text with its 「quoted」 parts removed.
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn summaries_true_of_their_cell() {
    let m = Matrix::builtin();
    // 6.5.1: the section's summary is about virtual machines; Object Storage's speaks of Object Storage.
    let os = m.cell(Service::ObjectStorage, Control::InformationBackup);
    assert!(os.summary().en.contains("Object Storage") && os.summary().ja.contains("オブジェクトストレージ"));
    assert!(os.summary().en.contains("3.1.1"));
    assert_eq!(
        m.cell(Service::IdcfCloud, Control::InformationBackup).summary(),
        Control::InformationBackup.section_summary()
    );
    // 7.2.3: Object Storage keeps the portal's part only.
    let os = m.cell(Service::ObjectStorage, Control::UserPasswordManagement);
    assert!(os.summary().en.contains("portal") && !os.summary().en.contains("virtual"));
    // The JSON round trip keeps the cell's own summary.
    #[cfg(feature = "serde")]
    {
        let back = Matrix::from_json(&m.to_json().unwrap()).unwrap();
        for (a, b) in m.cells().zip(back.cells()) {
            assert_eq!(a.summary(), b.summary(), "{} {}", a.service(), a.section());
        }
    }
}

#[test]
fn the_misprint_8_2_2_resolves_to_8_2_1_on_purpose() {
    assert_eq!(Control::find("8.2.2").unwrap(), [Control::CryptographyPolicy]);
    assert_eq!("§8.2.2".parse::<Control>().unwrap(), Control::CryptographyPolicy);
    assert_eq!(Control::from_section("8.2.2"), None);
    let (number, note) = Control::CryptographyPolicy.misprint().unwrap();
    assert_eq!(number, "8.2.2");
    assert!(note.ja.contains("8.2.2"));
    assert!(Control::ALL.iter().filter(|c| c.misprint().is_some()).count() == 1);
    assert!(Control::find("8.2.3").is_err());
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
    assert_eq!(controls(Capability::PortalSignIn), ["7.3.1", "7.4.2"]);
    assert_eq!(controls(Capability::PortalPasswordChange), ["7.2.3", "7.4.3"]);
    assert_eq!(controls(Capability::IndependentServers), ["7.5.2"]);
    assert_eq!(controls(Capability::OperatingSystemList), ["8.3.2"]);
    assert_eq!(controls(Capability::AuditCooperation), ["11.3.1"]);
    // One capability, one thing: 6.3.1's function the customer operates, 6.8.2's service the provider runs.
    assert_eq!(controls(Capability::CapacityMonitoring), ["6.3.1"]);
    assert_eq!(controls(Capability::MonitoringService), ["6.8.2"]);
    assert_eq!(controls(Capability::SslPortal), ["6.7.1", "7.1.1", "7.3.1", "8.2.1"]);
    for &cap in Capability::ALL {
        assert!(cap.controls().next().is_some(), "{cap} is named by no section");
    }
}

#[test]
fn what_the_provider_withholds() {
    assert_eq!(Withheld::ThirdPartyAuditResults.control().section(), "6.2.2");
    assert_eq!(Withheld::IncidentKnowledge.control().section(), "9.2.1");
    assert_eq!(Withheld::InternalAuditResults.control().section(), "11.2.1");
    assert_eq!(Withheld::InformationBeyondContract.control().section(), "11.3.1");
    let all: usize = Control::ALL.iter().map(|c| c.withheld().len()).sum();
    assert_eq!(all, 4);
}

#[test]
fn document_metadata() {
    let doc = Document::builtin();
    assert_eq!(doc.publisher.ja, "株式会社IDCフロンティア");
    assert_eq!(doc.title.ja, "クラウドサービスにおけるセキュリティ対策概要");
    assert_eq!((doc.edition, doc.issued.as_ref()), (1, "2014-10-01"));
    assert_eq!(doc.services.as_ref(), Service::ALL);
    assert_eq!(doc.certification.standard, "ISO/IEC 27001:2005");
    assert_eq!(doc.certification.jis, "JIS Q 27001:2006");
    let issuers: Vec<Issuer> = doc.guidelines.iter().map(|g| g.issuer).collect();
    assert_eq!(issuers, [Issuer::Meti, Issuer::Mic, Issuer::Mic, Issuer::Mhlw, Issuer::Fisc, Issuer::Jdcc]);
    assert!(doc.guidelines.iter().any(|g| g.title.ja == "データセンターファシリティスタンダード"));
    // 1.1's caveats: the state at the issue date; the service specifications prevail.
    assert!(doc.caveats.iter().any(|c| c.en.contains("2014-10-01")));
    assert!(doc.caveats.iter().any(|c| c.en.contains("specifications") && c.ja.contains("仕様書")));
}

#[test]
fn customer_checklist_groups_by_chapter() {
    let m = Matrix::builtin();
    let list = m.customer_checklist(Service::ObjectStorage);
    let chapters: Vec<_> = list.groups.iter().map(|g| g.chapter).collect();
    let mut sorted = chapters.clone();
    sorted.sort();
    assert_eq!(chapters, sorted, "chapters in document order");
    let items: usize = m.for_service(Service::ObjectStorage).iter().map(|c| c.duties_of(Party::Customer).count()).sum();
    assert_eq!(list.len(), items);
    // Object Storage's checklist speaks of no virtual machine in what the document states.
    for item in list.groups.iter().flat_map(|g| &g.items) {
        if item.duty.is_stated() {
            assert!(!item.duty.text.en.contains("virtual machine"), "{}", item.duty.text.en);
        }
    }
    assert!(list.len() < m.customer_checklist(Service::IdcfCloud).len());
}

#[test]
fn queries_by_party_owner_and_capability() {
    let m = Matrix::builtin();
    let per_owner: usize = Owner::ALL.iter().map(|&o| m.owned_by(o).count()).sum();
    assert_eq!(per_owner, 340 - 14);
    assert!(m.duties_of(Party::Provider).all(|(_, d)| d.party == Party::Provider));
    assert_eq!(m.offering(Capability::BackupFunction).count(), 4);
    assert!(m.stated().all(|c| c.basis() == CellBasis::Stated));
}

/// The README's table of our judgements, as the data gives it: every inferred duty (with the services its scope
/// reaches) and every not-applicable cell, in document order, with the reason.
fn judgements_table() -> String {
    use std::fmt::Write as _;
    let services = |scope: Scope| match scope {
        Scope::AllServices => "all five",
        Scope::WithVirtualMachines => "the four with VMs",
        _ => "Object Storage",
    };
    let mut out = String::from("| § | services | our judgement | why |\n|---|---|---|---|\n");
    for &c in Control::ALL {
        for d in c.section_duties() {
            if let Some(reason) = d.basis.reason() {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} {}: {} | {} |",
                    c.section(),
                    services(d.scope),
                    d.party,
                    d.kind,
                    d.text.en,
                    reason.en
                );
            }
        }
        for &s in Service::ALL {
            if let Some(reason) = c.not_applicable_reason(s) {
                assert_eq!(s, Service::ObjectStorage, "the table names Object Storage only");
                let _ = writeln!(out, "| {} | Object Storage | not applicable | {} |", c.section(), reason.en);
            }
        }
    }
    out
}

#[test]
fn the_readme_judgements_table_is_the_data() {
    // The table cannot drift: it is compared with the data; `UPDATE_PINS=1` rewrites it (then review and commit).
    const START: &str = "<!-- judgements: generated from the data by tests/facts.rs; UPDATE_PINS=1 rewrites it -->\n";
    const END: &str = "<!-- end of judgements -->";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let start = readme.find(START).expect("the README marks the start of the judgements table") + START.len();
    let end = start + readme[start..].find(END).expect("the README marks the end of the judgements table");
    let table = judgements_table();
    if readme[start..end] != table && std::env::var_os("UPDATE_PINS").is_some() {
        std::fs::write(path, format!("{}{table}{}", &readme[..start], &readme[end..])).expect("README.md written");
        return;
    }
    assert_eq!(
        readme[start..end],
        table,
        "the README's judgements table differs from the data (UPDATE_PINS=1 rewrites it)"
    );
    // The table speaks as the duties do: 6.8.3's customer deals with its data, it does not "protect" it.
    assert!(!table.contains("protects the log information"));
}
