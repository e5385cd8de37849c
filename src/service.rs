//! The five cloud services the document covers.

use crate::vocab::vocabulary;

/// One of the five IDC Frontier cloud services that the document covers (its section 1.2, 「対象サービス」).
///
/// The stable id is kebab-case (`object-storage`); parsing also takes the English or Japanese name in any case,
/// with spaces or hyphens.
///
/// ```
/// use idcf_responsibility::Service;
///
/// assert_eq!("Object Storage".parse::<Service>()?, Service::ObjectStorage);
/// assert_eq!("オブジェクトストレージ".parse::<Service>()?, Service::ObjectStorage);
/// assert_eq!(Service::ObjectStorage.to_string(), "object-storage");
/// assert_eq!(Service::ObjectStorage.label(idcf_responsibility::Lang::Ja), "オブジェクトストレージ");
/// # Ok::<(), idcf_responsibility::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Service {
    /// IDCF Cloud (IDCFクラウド).
    IdcfCloud,
    /// Self Cloud (セルフクラウド).
    SelfCloud,
    /// Managed Cloud (マネージドクラウド).
    ManagedCloud,
    /// Private Cloud (プライベートクラウド).
    PrivateCloud,
    /// Object Storage (オブジェクトストレージ). It has no virtual machines, which is why a few cells are marked
    /// not applicable for it.
    ObjectStorage,
}

impl Service {
    /// Every service, in the order the document lists them.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Service::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [Service] =
        &[Service::IdcfCloud, Service::SelfCloud, Service::ManagedCloud, Service::PrivateCloud, Service::ObjectStorage];

    /// The number of services.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Service::COUNT, 5);
    /// ```
    pub const COUNT: usize = Self::ALL.len();

    /// The stable kebab-case id, as serde and `Display` write it.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Service::IdcfCloud.id(), "idcf-cloud");
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The position of the service in [`Service::ALL`].
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::Service::ObjectStorage.index(), 4);
    /// ```
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The human label in a language (the service's English or Japanese name).
    ///
    /// ```
    /// use idcf_responsibility::{Lang, Service};
    /// assert_eq!(Service::ObjectStorage.label(Lang::Ja), "オブジェクトストレージ");
    /// ```
    #[must_use]
    pub const fn label(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.names()[0],
            crate::Lang::Ja => self.names()[1],
        }
    }

    /// Whether the service gives the customer virtual machines (every service but Object Storage).
    ///
    /// ```
    /// use idcf_responsibility::Service;
    /// assert!(Service::PrivateCloud.has_virtual_machines());
    /// assert!(!Service::ObjectStorage.has_virtual_machines());
    /// ```
    #[must_use]
    pub const fn has_virtual_machines(self) -> bool {
        !matches!(self, Service::ObjectStorage)
    }

    const fn names(self) -> &'static [&'static str; 2] {
        match self {
            Service::IdcfCloud => &["IDCF Cloud", "IDCFクラウド"],
            Service::SelfCloud => &["Self Cloud", "セルフクラウド"],
            Service::ManagedCloud => &["Managed Cloud", "マネージドクラウド"],
            Service::PrivateCloud => &["Private Cloud", "プライベートクラウド"],
            Service::ObjectStorage => &["Object Storage", "オブジェクトストレージ"],
        }
    }
}

vocabulary!(Service, Service,
    "one of idcf-cloud, self-cloud, managed-cloud, private-cloud, object-storage (or the English or Japanese name)",
    aliases: |s| s.names()
);
