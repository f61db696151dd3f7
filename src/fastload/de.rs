//! The serde [`Deserializer`](serde::Deserializer) of the fast reader:
//! a cursor over the bytes read so far ([`Parser`]) that reads the subset
//! of RON dataset files use, and stops with [`Stop::Incomplete`] where the
//! bytes run out, so the stream can read more and try again.

use std::borrow::Cow;
use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Visitor};

/// Why a parse stopped.
#[derive(Debug, PartialEq)]
pub(super) enum Stop {
    /// The buffer ended before the value did: read more and try again.
    Incomplete,
    /// Outside the subset, or not valid: leave the file to ron.
    GiveUp,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stop::Incomplete => "incomplete",
            Stop::GiveUp => "outside the fast subset",
        })
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Stop::GiveUp
    }
}

pub(super) type Result<T> = std::result::Result<T, Stop>;

/// A cursor over the bytes read so far. `last` says they reach the end of
/// the file; otherwise running off the end means [`Stop::Incomplete`].
pub(super) struct Parser<'a> {
    /// The text read so far (whole UTF-8 chars), and the same as bytes.
    pub(super) text: &'a str,
    pub(super) src: &'a [u8],
    pub(super) pos: usize,
    pub(super) last: bool,
    /// The file offset of `src[0]`.
    pub(super) base: u64,
}

impl<'a> Parser<'a> {
    fn end(&self) -> Stop {
        if self.last {
            Stop::GiveUp
        } else {
            Stop::Incomplete
        }
    }

    pub(super) fn peek(&self) -> Result<u8> {
        self.src.get(self.pos).copied().ok_or_else(|| self.end())
    }

    pub(super) fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek()? == byte {
            self.pos += 1;
            Ok(())
        } else {
            Err(Stop::GiveUp)
        }
    }

    /// Skips ASCII white space and `//` comments. At the end of the file
    /// that is fine; at the end of a block, more is needed.
    pub(super) fn ws(&mut self) -> Result<()> {
        loop {
            match self.src.get(self.pos) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') => match self.src.get(self.pos + 1) {
                    Some(b'/') => {
                        let body = &self.src[self.pos + 2..];
                        self.pos += 2 + match memchr::memchr(b'\n', body) {
                            Some(nl) => nl + 1,
                            None if self.last => body.len(),
                            None => return Err(Stop::Incomplete),
                        };
                    }
                    Some(_) => return Err(Stop::GiveUp),
                    None => return Err(self.end()),
                },
                Some(_) => return Ok(()),
                None if self.last => return Ok(()),
                None => return Err(Stop::Incomplete),
            }
        }
    }

    /// Whether an ASCII identifier starts here (after white space).
    pub(super) fn at_ident(&self) -> Result<bool> {
        let c = self.peek()?;
        Ok(c.is_ascii_alphabetic() || c == b'_')
    }

    /// An ASCII identifier. Anything else ron would take as one (`r#…`,
    /// Unicode letters) stops the identifier and then fails to parse.
    pub(super) fn ident(&mut self) -> Result<&'a str> {
        if !self.at_ident()? {
            return Err(Stop::GiveUp);
        }
        let start = self.pos;
        let mut i = start + 1;
        loop {
            match self.src.get(i) {
                Some(c) if c.is_ascii_alphanumeric() || *c == b'_' => i += 1,
                Some(c) if *c >= 0x80 => return Err(Stop::GiveUp),
                Some(_) => break,
                None if self.last => break,
                None => return Err(Stop::Incomplete),
            }
        }
        self.pos = i;
        Ok(&self.text[start..i])
    }

    /// A `"…"` string, borrowed when it holds no escape.
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"')?;
        let body = &self.src[self.pos..];
        let Some(first) = memchr::memchr2(b'"', b'\\', body) else {
            return Err(self.end());
        };
        // Quotes and backslashes are ASCII, so every cut below falls
        // between two chars.
        let text = &self.text[self.pos..];
        if body[first] == b'"' {
            self.pos += first + 1;
            return Ok(Cow::Borrowed(&text[..first]));
        }
        let mut out = String::from(&text[..first]);
        let mut j = first;
        loop {
            // body[j] is a backslash.
            let Some(&e) = body.get(j + 1) else {
                return Err(self.end());
            };
            j += 2;
            match e {
                b'"' | b'\\' | b'\'' => out.push(char::from(e)),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                b'0' => out.push('\0'),
                b'u' => {
                    let (c, used) = self.unicode_escape(&body[j..])?;
                    out.push(c);
                    j += used;
                }
                _ => return Err(Stop::GiveUp),
            }
            let Some(next) = memchr::memchr2(b'"', b'\\', &body[j..]) else {
                return Err(self.end());
            };
            out.push_str(&text[j..j + next]);
            j += next;
            if body[j] == b'"' {
                break;
            }
        }
        self.pos += j + 1;
        Ok(Cow::Owned(out))
    }

    /// The `{…}` after `\u`: one to six hex digits naming a char, as ron
    /// reads it. Returns the char and the bytes used.
    fn unicode_escape(&self, s: &[u8]) -> Result<(char, usize)> {
        let at = |i: usize| s.get(i).copied().ok_or_else(|| self.end());
        if at(0)? != b'{' {
            return Err(Stop::GiveUp);
        }
        let mut value = 0u32;
        let mut i = 1;
        loop {
            let c = at(i)?;
            if c == b'}' {
                break;
            }
            if i > 6 {
                return Err(Stop::GiveUp);
            }
            let digit = char::from(c).to_digit(16).ok_or(Stop::GiveUp)?;
            value = value << 4 | digit;
            i += 1;
        }
        if i == 1 {
            return Err(Stop::GiveUp);
        }
        let c = char::from_u32(value).ok_or(Stop::GiveUp)?;
        Ok((c, i + 1))
    }

    /// After an element of a list or a struct: a comma, or the closing
    /// bracket left for the caller.
    pub(super) fn separator(&mut self, close: u8) -> Result<()> {
        self.ws()?;
        match self.peek()? {
            b',' => {
                self.pos += 1;
                Ok(())
            }
            c if c == close => Ok(()),
            _ => Err(Stop::GiveUp),
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut Parser<'de> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Stop::GiveUp)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        match self.string()? {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        visitor.visit_borrowed_str(self.ident()?)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        if self.at_ident()? {
            let start = self.pos;
            match self.ident()? {
                "None" => return visitor.visit_none(),
                "Some" => {
                    self.ws()?;
                    self.expect(b'(')?;
                    let value = visitor.visit_some(&mut *self)?;
                    self.ws()?;
                    if self.peek()? == b',' {
                        self.pos += 1;
                        self.ws()?;
                    }
                    self.expect(b')')?;
                    return Ok(value);
                }
                // A struct name: the value itself, without `Some`.
                _ => self.pos = start,
            }
        }
        visitor.visit_some(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.ws()?;
        self.expect(b'[')?;
        let value = visitor.visit_seq(Elements(&mut *self))?;
        self.ws()?;
        self.expect(b']')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.ws()?;
        if self.at_ident()? {
            if self.ident()? != name {
                return Err(Stop::GiveUp);
            }
            self.ws()?;
        }
        self.expect(b'(')?;
        let value = visitor.visit_map(Fields(&mut *self))?;
        self.ws()?;
        self.expect(b')')?;
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.ws()?;
        visitor.visit_enum(UnitVariant(self.ident()?))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct newtype_struct tuple tuple_struct map ignored_any
    }
}

/// The elements of a `[…]` list.
struct Elements<'p, 'de>(&'p mut Parser<'de>);

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Stop;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        self.0.ws()?;
        if self.0.peek()? == b']' {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.0)?;
        self.0.separator(b']')?;
        Ok(Some(value))
    }
}

/// The `field: value` pairs of a `(…)` struct.
struct Fields<'p, 'de>(&'p mut Parser<'de>);

impl<'de> de::MapAccess<'de> for Fields<'_, 'de> {
    type Error = Stop;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        self.0.ws()?;
        if self.0.peek()? == b')' {
            return Ok(None);
        }
        let name = self.0.ident()?;
        self.0.ws()?;
        self.0.expect(b':')?;
        seed.deserialize(BorrowedStrDeserializer::new(name))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let value = seed.deserialize(&mut *self.0)?;
        self.0.separator(b')')?;
        Ok(value)
    }
}

/// A unit enum variant, already read as an identifier.
struct UnitVariant<'de>(&'de str);

impl<'de> de::EnumAccess<'de> for UnitVariant<'de> {
    type Error = Stop;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        Ok((
            seed.deserialize(BorrowedStrDeserializer::new(self.0))?,
            self,
        ))
    }
}

impl<'de> de::VariantAccess<'de> for UnitVariant<'de> {
    type Error = Stop;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value> {
        Err(Stop::GiveUp)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(Stop::GiveUp)
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(Stop::GiveUp)
    }
}
