//! What several test files share.

/// Calls `$check(T::ALL, extra args…)` for every vocabulary enum of the crate: the one list the id, serde, schema and property
/// tests go through, so a new enum is added in one place.
#[macro_export]
macro_rules! for_each_vocabulary {
    ($check:ident $(, $arg:expr)*) => {{
        use idcf_responsibility::export::Format;
        use idcf_responsibility::document::Issuer;
        use idcf_responsibility::frameworks::{CcmOwnership, FedRampOrigination, OscalOrigination};
        use idcf_responsibility::iso::{Correspondence, Edition, Fit, Guidance, Inheritance, RouteKind, Theme};
        use idcf_responsibility::soa::{
            Applicability, Choice, DecidedBy, Grounds, Implementation, InheritanceCase, Proposal, ProviderRole,
            TailoringKind,
        };
        use idcf_responsibility::*;
        $check(Service::ALL $(, $arg)*);
        $check(Control::ALL $(, $arg)*);
        $check(Chapter::ALL $(, $arg)*);
        $check(Category::ALL $(, $arg)*);
        $check(Party::ALL $(, $arg)*);
        $check(Layer::ALL $(, $arg)*);
        $check(DutyKind::ALL $(, $arg)*);
        $check(Capability::ALL $(, $arg)*);
        $check(Withheld::ALL $(, $arg)*);
        $check(Owner::ALL $(, $arg)*);
        $check(Fit::ALL $(, $arg)*);
        $check(Lang::ALL $(, $arg)*);
        $check(Issuer::ALL $(, $arg)*);
        $check(Edition::ALL $(, $arg)*);
        $check(Correspondence::ALL $(, $arg)*);
        $check(FedRampOrigination::ALL $(, $arg)*);
        $check(OscalOrigination::ALL $(, $arg)*);
        $check(CcmOwnership::ALL $(, $arg)*);
        $check(Format::ALL $(, $arg)*);
        $check(Scope::ALL $(, $arg)*);
        $check(CellBasis::ALL $(, $arg)*);
        $check(OwnerBasis::ALL $(, $arg)*);
        $check(Theme::ALL $(, $arg)*);
        $check(Guidance::ALL $(, $arg)*);
        $check(RouteKind::ALL $(, $arg)*);
        $check(Inheritance::ALL $(, $arg)*);
        $check(Proposal::ALL $(, $arg)*);
        $check(Choice::ALL $(, $arg)*);
        $check(Applicability::ALL $(, $arg)*);
        $check(DecidedBy::ALL $(, $arg)*);
        $check(Implementation::ALL $(, $arg)*);
        $check(Grounds::ALL $(, $arg)*);
        $check(ProviderRole::ALL $(, $arg)*);
        $check(InheritanceCase::ALL $(, $arg)*);
        $check(TailoringKind::ALL $(, $arg)*);
    }};
}
