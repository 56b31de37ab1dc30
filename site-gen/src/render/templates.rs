//! The template environment, built once per build: the theme's templates, strict undefined
//! variables, and `t()`, the one way templates reach UI strings.

use std::sync::Arc;

use fluent_bundle::FluentValue;
use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior, Value};

use super::bidi;
use crate::diag::Diagnostic;
use crate::model::{Locales, Theme};

pub(crate) fn environment(
    theme: &Theme,
    locales: Arc<Locales>,
) -> (Environment<'static>, Vec<Diagnostic>) {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    // minijinja's HTML escaping also escapes `/`, which bloats every URL; escape only what
    // HTML needs. In a page of the other direction than a value's text, its runs are
    // isolated (render/bidi.rs): `1-800-898-7180` or an English name reads right inside Arabic.
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Html)
            && !value.is_safe()
            && let Some(text) = value.as_str()
        {
            let mut html = String::with_capacity(text.len() + 8);
            bidi::format_value(text, &bidi::page_direction(state), &mut html);
            out.write_str(&html)
                .map_err(|e| Error::new(ErrorKind::WriteFailure, e.to_string()))
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    bidi::add_filters(&mut env);
    let mut diags = Vec::new();
    for (name, source) in &theme.templates {
        if let Err(e) = env.add_template_owned(name.clone(), source.clone()) {
            diags.push(template_error(&e));
        }
    }
    env.add_function(
        "t",
        move |state: &State, id: &str, kwargs: Kwargs| -> Result<Value, Error> {
            translate(&locales, state, id, kwargs)
        },
    );
    (env, diags)
}

/// `t("message-id", who="self", count=3, lang="es")`: the message in the page's language
/// (or the `lang` given), falling back along the language's chain.
///
/// An argument that is HTML already (`phone=site.hotline|tel`) is placed as it is, and the
/// message comes back as HTML, its text escaped and isolated for the page's direction.
/// `default=…` is returned when no language in the chain has the message (a site's own,
/// older copy of a Fluent file that lacks a newer message); without it that is an error.
fn translate(locales: &Locales, state: &State, id: &str, kwargs: Kwargs) -> Result<Value, Error> {
    let lang: String = match kwargs.get::<Option<String>>("lang")? {
        Some(l) => l,
        None => state
            .lookup("lang")
            .and_then(|l| l.get_attr("code").ok())
            .and_then(|c| c.as_str().map(str::to_string))
            .ok_or_else(|| {
                Error::new(ErrorKind::UndefinedError, "t() needs `lang` in the context")
            })?,
    };
    let default: Option<Value> = kwargs.get("default")?;
    let mut values = Vec::new();
    let mut html = Vec::new();
    for key in kwargs.args().filter(|k| !matches!(*k, "lang" | "default")) {
        let v: Value = kwargs.get(key)?;
        let fv = if v.is_safe() {
            let p = bidi::placeholder(html.len());
            html.push(v.to_string());
            FluentValue::from(p.to_string())
        } else if let Some(n) = v.as_i64() {
            FluentValue::from(n)
        } else if let Ok(n) = f64::try_from(v.clone()) {
            FluentValue::from(n)
        } else {
            FluentValue::from(v.to_string())
        };
        values.push((key.to_string(), fv));
    }
    kwargs.assert_all_used()?;
    if values.is_empty()
        && let Some(text) = locales.plain(&lang, id)
    {
        return Ok(Value::from(text));
    }
    let args = (!values.is_empty()).then(|| {
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in values {
            a.set(k, v);
        }
        a
    });
    let Some(text) = locales.message(&lang, id, args.as_ref()).map(|l| l.text) else {
        return default.ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("unknown message id `{id}`: it is in no locales/<lang>/*.ftl file of `{lang}` or its fallbacks"),
            )
        });
    };
    Ok(if html.is_empty() {
        Value::from(text)
    } else {
        Value::from_safe_string(bidi::message_with_html(
            &text,
            &html,
            &bidi::page_direction(state),
        ))
    })
}

/// A template error, located in the theme file.
pub(crate) fn template_error(e: &Error) -> Diagnostic {
    let name = e.name().unwrap_or("template");
    let mut msg = e
        .detail()
        .map_or_else(|| e.kind().to_string(), |d| format!("{}: {d}", e.kind()));
    // Errors inside included templates or macros chain to their cause.
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(&format!("; {s}"));
        source = s.source();
    }
    Diagnostic::error(format!("template: {msg}")).at(
        format!("theme/templates/{name}"),
        e.line().unwrap_or(0) as u32,
        0,
    )
}
