//! A calendar date, `YYYY-MM-DD`: the due date of a register entry.

use std::fmt;
use std::str::FromStr;

use crate::{ParseError, Vocabulary};

/// A calendar date of the Gregorian calendar (years 0001 to 9999, leap years included), written `YYYY-MM-DD`. A
/// value exists only for a real date: `2027-02-30` and `next friday` are refused when parsed. Parsing takes the
/// forms people type (`2027/3/31`, `2027年3月31日`); JSON carries and reads only `YYYY-MM-DD`.
///
/// ```
/// use idcf_responsibility::plan::Date;
/// let due: Date = "2028-02-29".parse()?;
/// assert_eq!((due.year(), due.month(), due.day()), (2028, 2, 29));
/// assert_eq!(due.to_string(), "2028-02-29");
/// assert!("2027-02-29".parse::<Date>().is_err());
/// assert!(Date::new(2027, 13, 1).is_none());
/// # Ok::<(), idcf_responsibility::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it is one: a year from 1 to 9999, a month from 1 to 12, a day of that month.
    ///
    /// ```
    /// use idcf_responsibility::plan::Date;
    /// assert!(Date::new(2000, 2, 29).is_some());
    /// assert!(Date::new(1900, 2, 29).is_none());
    /// ```
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if year == 0 || year > 9999 || day == 0 || day > days {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Date::new(2027, 3, 31).unwrap().year(), 2027);
    /// ```
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, from 1.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Date::new(2027, 3, 31).unwrap().month(), 3);
    /// ```
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    ///
    /// ```
    /// assert_eq!(idcf_responsibility::plan::Date::new(2027, 3, 31).unwrap().day(), 31);
    /// ```
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What a date is written as, for messages.
const DATE_EXPECTED: &str = "a calendar date such as 2027-03-31, 2027/3/31, 2027.3.31 or 2027年3月31日";

impl Date {
    /// Parses exactly `YYYY-MM-DD` (four, two and two digits), and only a real date: the form JSON carries.
    #[cfg(feature = "serde")]
    fn from_iso(input: &str) -> Option<Date> {
        let bytes = input.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| {
            input
                .get(range)
                .filter(|part| part.bytes().all(|c| c.is_ascii_digit()))
                .and_then(|part| part.parse::<u16>().ok())
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// Parses a date as people type it: year, month and day separated by `-`, `/` or `.` (`2027-03-31`,
    /// `2027/3/31`, `2027.3.31`) or written `2027年3月31日`; a month and day of one or two digits; full-width
    /// digits and separators as their ASCII forms.
    fn from_typed(input: &str) -> Option<Date> {
        let text = crate::fold::nfkc(input);
        let text = text.as_ref();
        let (year, month, day) = if let Some(rest) = text.strip_suffix('日') {
            let (year, rest) = rest.split_once('年')?;
            let (month, day) = rest.split_once('月')?;
            (year, month, day)
        } else {
            let separator = ['-', '/', '.'].into_iter().find(|&c| text.contains(c))?;
            let mut parts = text.split(separator);
            let parts = (parts.next()?, parts.next()?, parts.next()?, parts.next());
            if parts.3.is_some() {
                return None;
            }
            (parts.0, parts.1, parts.2)
        };
        let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
            let part = part.trim();
            (len.contains(&part.len()) && part.bytes().all(|c| c.is_ascii_digit())).then(|| part.parse::<u16>().ok())?
        };
        let (year, month, day) = (digits(year, 4..=4)?, digits(month, 1..=2)?, digits(day, 1..=2)?);
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }
}

impl FromStr for Date {
    type Err = ParseError;

    /// Parses a date as people type it (`2027-03-31`, `2027/3/31`, `2027.3.31`, `2027年3月31日`, full-width
    /// digits too), and only a real date. JSON carries `YYYY-MM-DD` and reads nothing else.
    ///
    /// ```
    /// use idcf_responsibility::plan::Date;
    /// let due = Date::new(2027, 3, 31).unwrap();
    /// for typed in ["2027-03-31", "2027/3/31", "2027.3.31", "2027年3月31日", "２０２７／３／３１"] {
    ///     assert_eq!(typed.parse::<Date>()?, due, "{typed}");
    /// }
    /// assert!("2027/2/30".parse::<Date>().unwrap_err().to_string().contains("2027年3月31日"));
    /// # Ok::<(), idcf_responsibility::ParseError>(())
    /// ```
    fn from_str(input: &str) -> Result<Date, ParseError> {
        Date::from_typed(input).ok_or_else(|| ParseError::Invalid {
            what: Vocabulary::Date,
            input: input.to_owned(),
            expected: DATE_EXPECTED,
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Strict where machines read: the JSON form is YYYY-MM-DD.
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Date::from_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(ParseError::Invalid {
                what: Vocabulary::Date,
                input: text.clone().into_owned(),
                expected: "a calendar date YYYY-MM-DD, such as 2027-03-31",
            })
        })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date, YYYY-MM-DD.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}
