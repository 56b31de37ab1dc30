//! The theme: minijinja templates and static files, as loaded (the built-in theme with a
//! site's own files laid over it).

use std::collections::BTreeMap;

use crate::diag::Diagnostic;

#[derive(Debug, Default)]
pub(crate) struct Theme {
    /// Template name (`page.html`) → source.
    pub(crate) templates: BTreeMap<String, String>,
    /// Path under `static/` → bytes, copied to the output root.
    pub(crate) statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Adds the file `rel` (relative to `theme/`): a template under `templates/`, a static
    /// file under `static/`; other files are not part of a theme.
    pub(crate) fn insert(&mut self, rel: &str, bytes: Vec<u8>, diags: &mut Vec<Diagnostic>) {
        if let Some(name) = rel.strip_prefix("templates/") {
            match String::from_utf8(bytes) {
                Ok(s) => {
                    self.templates.insert(name.to_string(), s);
                }
                Err(_) => diags.push(
                    Diagnostic::error("template is not UTF-8 text").in_file(format!("theme/{rel}")),
                ),
            }
        } else if let Some(name) = rel.strip_prefix("static/") {
            self.statics.insert(name.to_string(), bytes);
        }
    }
}
