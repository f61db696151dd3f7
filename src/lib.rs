//! accords: a terminal browser for bilateral partnerships, agreements and
//! commitments, with French and English side by side.
//!
//! Layers, from the bottom: [`model`] (the dataset schema), [`load`]
//! (reading and parsing), [`sanitize`], [`validate`] and [`diagnostic`]
//! (checks and their messages), [`catalog`] (records resolved and linked),
//! [`search`] (folding, index, ranking); then [`app`] (state changed only by
//! `App::update(Action)`), [`keymap`] (the one key table) and [`ui`]
//! (drawing). See ARCHITECTURE.md.

pub mod app;
pub mod browser;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod config;
pub mod diagnostic;
pub mod exercise;
pub mod export;
pub mod fastload;
pub mod fold;
pub mod keymap;
pub mod layout;
pub mod load;
pub mod man;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod query;
pub mod sanitize;
pub mod search;
pub mod sort;
pub mod suggest;
pub mod tui;
pub mod ui;
pub mod validate;
pub mod watch;
pub mod worker;
pub mod wrap;
