//! A dependent's view of the closed sets: `Owner` and `Party` match without a wildcard arm. This file compiles only
//! while neither is `#[non_exhaustive]` (a dependent crate must otherwise add `_ =>`).

use idcf_responsibility::{Control, Lang, Matrix, Owner, Party, Service};

/// Every owner named, no `_`: adding a fourth owner breaks this match, as it should break a dependent's.
fn who_acts(owner: Owner) -> [bool; 2] {
    match owner {
        Owner::Provider => [true, false],
        Owner::Customer => [false, true],
        Owner::Shared => [true, true],
    }
}

fn party_index(party: Party) -> usize {
    match party {
        Party::Provider => 0,
        Party::Customer => 1,
    }
}

#[test]
fn an_exhaustive_match_on_owner_agrees_with_involves() {
    for &owner in Owner::ALL {
        let acts = who_acts(owner);
        for party in [Party::Provider, Party::Customer] {
            assert_eq!(acts[party_index(party)], owner.involves(party), "{owner} {party}");
        }
    }
}

#[test]
fn an_exhaustive_match_on_party_sorts_every_duty_of_a_cell() {
    let cell = Matrix::builtin().cell(Service::IdcfCloud, Control::BackupFunction);
    assert_eq!(cell.owner(), Some(Owner::Shared));
    let mut seen = [0usize; 2];
    for duty in cell.duties() {
        seen[party_index(duty.party)] += 1;
    }
    assert!(seen.iter().all(|&n| n > 0), "{seen:?} {}", Owner::Shared.label(Lang::En));
}
