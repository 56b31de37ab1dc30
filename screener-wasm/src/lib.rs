//! The screener's rules engine ([`engine`]) and its WebAssembly bindings.
//!
//! The bindings only convert between JSON strings and engine types; every rule lives in the
//! engine, which `site-gen` also runs natively to validate the definition and play test cases.
//!
//! In the browser:
//!
//! ```js
//! const screener = new Screener(definitionJson);           // throws if the JSON is invalid
//! const step = JSON.parse(screener.next(answersJson, "2025-06-15"));
//! // {"step":"question","id":"detained","number":4,"who":"self","answered":[...]}
//! // {"step":"result","who":"self","answered":[...],"result":{"areas":[...],...}}
//! ```

#![warn(missing_docs)]

pub mod engine;

#[cfg(target_arch = "wasm32")]
mod bindings {
    use crate::engine::{Date, Definition, evaluate, parse_answers};
    use wasm_bindgen::prelude::*;

    /// A screener definition, read once.
    #[wasm_bindgen]
    pub struct Screener {
        def: Definition,
    }

    #[wasm_bindgen]
    impl Screener {
        /// Reads the definition JSON written by site-gen.
        #[wasm_bindgen(constructor)]
        pub fn new(definition_json: &str) -> Result<Screener, JsError> {
            let def =
                serde_json::from_str(definition_json).map_err(|e| JsError::new(&e.to_string()))?;
            Ok(Screener { def })
        }

        /// The next step for these answers, as JSON. `today` is the reader's date, `YYYY-MM-DD`.
        pub fn next(&self, answers_json: &str, today: &str) -> Result<String, JsError> {
            let value =
                serde_json::from_str(answers_json).map_err(|e| JsError::new(&e.to_string()))?;
            let answers =
                parse_answers(&self.def, &value).map_err(|e| JsError::new(&e.join("\n")))?;
            let today =
                Date::parse(today).ok_or_else(|| JsError::new("today must be YYYY-MM-DD"))?;
            serde_json::to_string(&evaluate(&self.def, &answers, today))
                .map_err(|e| JsError::new(&e.to_string()))
        }
    }
}
