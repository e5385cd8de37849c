//! Moving a register onto a new or changed overlay, or onto the current dataset version, keeping its work.

use crate::{
    Duty,
    plan::{
        Overlay, Register, merge,
        register::{Entry, current, customer_duties},
    },
};

/// What [`Register::rebase`] gives: the moved register, and what moved under it. Indices are into the new
/// register's [`entries`](Register::entries) (`added`, `changed`, `restored`) and
/// [`retired`](Register::retired) (`retired`).
///
/// ```
/// use idcf_responsibility::{Service, plan::Register};
/// let r = Register::new(&[Service::SelfCloud], None);
/// let moved = r.rebase(None);
/// assert_eq!(moved.register, r);
/// assert!(moved.added.is_empty() && moved.changed.is_empty() && moved.retired.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rebased {
    /// The register on the new overlay and the current dataset version.
    pub register: Register,
    /// Entries for duties the register did not track: new, not started.
    pub added: Vec<usize>,
    /// Entries whose duty changed (its text, kind or basis; its identity, sentence and layer, the same): kept with
    /// their work, flagged to be reviewed against the new duty ([`Entry::review`](crate::plan::Entry::review)).
    pub changed: Vec<DutyChange>,
    /// Entries whose duty is gone, moved to [`Register::retired`] with their work.
    pub retired: Vec<usize>,
    /// Retired entries whose duty is back (an overlay change undone): restored with their work.
    pub restored: Vec<usize>,
}

/// An entry kept across a rebase whose duty changed: its index and the duty its work was recorded against.
///
/// ```
/// use idcf_responsibility::{Service, plan::Register};
/// let moved = Register::new(&[Service::SelfCloud], None).rebase(None);
/// assert!(moved.changed.iter().all(|c| c.before != *moved.register.entries()[c.index].duty()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DutyChange {
    /// The entry's index in the new register.
    pub index: usize,
    /// The duty before the rebase.
    pub before: Duty,
}

/// [`Register::rebase`].
pub(crate) fn rebase(register: &Register, overlay: Option<Overlay>) -> Rebased {
    let matrix = current(overlay.as_ref());
    let old_keys: Vec<String> =
        register.entries.iter().map(|e| merge::key(e.service(), e.control(), e.duty())).collect();
    let mut used = vec![false; register.entries.len()];
    let mut pool: Vec<Option<Entry>> = register.retired.iter().cloned().map(Some).collect();
    let (mut entries, mut added, mut changed, mut restored) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (service, control, duty) in customer_duties(&matrix, register.services()) {
        let key = merge::key(service, control, duty);
        let free = |i: &usize| !used.get(*i).copied().unwrap_or(true);
        let same = (0..register.entries.len()).filter(free).find(|&i| {
            register
                .entries
                .get(i)
                .is_some_and(|e| e.service() == service && e.control() == control && e.duty() == duty)
        });
        let kept = same.or_else(|| (0..register.entries.len()).filter(free).find(|&i| old_keys.get(i) == Some(&key)));
        let found = if let Some(i) = kept {
            if let Some(u) = used.get_mut(i) {
                *u = true;
            }
            register.entries.get(i).cloned()
        } else if let Some(slot) = pool
            .iter_mut()
            .find(|slot| slot.as_ref().is_some_and(|e| merge::key(e.service(), e.control(), e.duty()) == key))
        {
            restored.push(entries.len());
            slot.take()
        } else {
            None
        };
        let entry = if let Some(mut e) = found {
            if e.duty() != duty {
                changed.push(DutyChange { index: entries.len(), before: e.duty().clone() });
                // Flagged until reviewed; after several rebases, against the duty the work was recorded for.
                if e.review.is_none() {
                    e.review = Some(e.duty().clone());
                }
                e.duty = duty.clone();
            }
            e
        } else {
            added.push(entries.len());
            Entry::not_started(service, control, duty.clone())
        };
        entries.push(entry);
    }
    let mut retired: Vec<Entry> = pool.into_iter().flatten().collect();
    let mut newly = Vec::new();
    for (e, _) in register.entries.iter().zip(&used).filter(|(_, u)| !**u) {
        newly.push(retired.len());
        retired.push(e.clone());
    }
    let mut register = register.clone();
    register.dataset_version = std::borrow::Cow::Borrowed(crate::DATASET_VERSION);
    register.overlay = overlay;
    register.entries = entries;
    register.retired = retired;
    Rebased { register, added, changed, retired: newly, restored }
}

/// [`Register::holds_work`].
pub(crate) fn holds_work(register: &Register) -> bool {
    register.entries.iter().any(Entry::holds_work)
        || !register.soa_decisions().is_empty()
        || !register.control_records().is_empty()
        || !register.soa_info().is_empty()
        || !register.retired.is_empty()
}
