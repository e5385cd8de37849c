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

impl Register {
    /// The register moved onto `overlay` (`None`: no overlay; pass [`Register::overlay`] to keep the one it has)
    /// and the current dataset version: every entry whose duty is still a customer duty keeps all its fields, the
    /// decisions of the Statement of Applicability are kept, and what moved is listed ([`Rebased`]). An entry is
    /// matched to its duty by the duty's identity (service, section, and the sentence and layer, or for a duty the
    /// overlay added its text), which is also its workbook key: a workbook written before the rebase imports
    /// after it.
    ///
    /// ```
    /// use idcf_responsibility::{Control, Party, Matrix, Service, Text, plan::{EditScope, EntryEdit, Overlay, Register, Status}};
    /// let mut r = Register::new(&[Service::ObjectStorage], None);
    /// let done = EntryEdit::new().status(Status::Implemented).add_evidence("wiki/backup");
    /// r.edit(EditScope::All, Control::InformationBackup, &done)?;
    /// // The customer removes, in an overlay, a duty it had started on.
    /// let (index, gone) = r.entries().iter().enumerate().find(|(_, e)| e.control() != Control::InformationBackup).unwrap();
    /// let mut r = r.clone();
    /// r.edit_entry(index, &EntryEdit::new().team("Ops"))?;
    /// let mut overlay = Overlay::new();
    /// overlay.remove_duty(gone.service(), gone.control(), gone.duty().clone(), Text::new("Not ours.", "対象外。"))?;
    /// let moved = r.rebase(Some(overlay));
    /// assert_eq!(moved.retired, [0]);
    /// assert_eq!(moved.register.retired()[0].team(), Some("Ops"));
    /// let backup = moved.register.entries().iter().find(|e| e.control() == Control::InformationBackup).unwrap();
    /// assert_eq!((backup.status(), backup.evidence()), (&Status::Implemented, &["wiki/backup".to_owned()][..]));
    /// # Ok::<(), idcf_responsibility::Error>(())
    /// ```
    #[must_use]
    pub fn rebase(&self, overlay: Option<Overlay>) -> Rebased {
        let matrix = current(overlay.as_ref());
        let old_keys: Vec<String> =
            self.entries.iter().map(|e| merge::key(e.service(), e.control(), e.duty())).collect();
        let mut used = vec![false; self.entries.len()];
        let mut pool: Vec<Option<Entry>> = self.retired.iter().cloned().map(Some).collect();
        let (mut entries, mut added, mut changed, mut restored) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (service, control, duty) in customer_duties(&matrix, self.services()) {
            let key = merge::key(service, control, duty);
            let free = |i: &usize| !used.get(*i).copied().unwrap_or(true);
            let same = (0..self.entries.len()).filter(free).find(|&i| {
                self.entries
                    .get(i)
                    .is_some_and(|e| e.service() == service && e.control() == control && e.duty() == duty)
            });
            let kept = same.or_else(|| (0..self.entries.len()).filter(free).find(|&i| old_keys.get(i) == Some(&key)));
            let found = if let Some(i) = kept {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                self.entries.get(i).cloned()
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
        for (e, _) in self.entries.iter().zip(&used).filter(|(_, u)| !**u) {
            newly.push(retired.len());
            retired.push(e.clone());
        }
        let mut register = self.clone();
        register.dataset_version = std::borrow::Cow::Borrowed(crate::DATASET_VERSION);
        register.overlay = overlay;
        register.entries = entries;
        register.retired = retired;
        Rebased { register, added, changed, retired: newly, restored }
    }

    /// Whether the register holds any work: an entry with a status other than not started, a team, evidence, a
    /// due date or notes; a decision of the Statement of Applicability; a retired entry. What a fresh register
    /// would lose.
    ///
    /// ```
    /// use idcf_responsibility::{Service, plan::{EntryEdit, Register}};
    /// let mut r = Register::new(&[Service::SelfCloud], None);
    /// assert!(!r.holds_work());
    /// r.edit_entry(0, &EntryEdit::new().append_note("Asked the vendor."))?;
    /// assert!(r.holds_work());
    /// # Ok::<(), idcf_responsibility::plan::EditError>(())
    /// ```
    #[must_use]
    pub fn holds_work(&self) -> bool {
        self.entries.iter().any(Entry::holds_work) || !self.soa_decisions().is_empty() || !self.retired.is_empty()
    }
}
