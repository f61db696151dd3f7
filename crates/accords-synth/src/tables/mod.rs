//! The generator's static tables, by topic.

mod countries;
mod domains;
mod people;
mod phrases;
mod sources;
mod titles;

pub(crate) use countries::*;
pub(crate) use domains::*;
pub(crate) use people::*;
pub(crate) use phrases::*;
pub(crate) use sources::*;
pub(crate) use titles::*;

pub(crate) type Pair = (&'static str, &'static str);

/// A name in French, English and optionally the country's own script.
pub(crate) type Name3 = (&'static str, &'static str, Option<&'static str>);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Names {
    Ca,
    Fr,
    En,
    De,
    Es,
    Pt,
    It,
    Pl,
    Uk,
    Nordic,
    Nl,
    Hi,
    Id,
    Gr,
    Tr,
    Ko,
    Ja,
    Zh,
    Vi,
}
