//! Saving a file to the person's device and reading one they choose.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offer `text` as a download named `name`. Returns false if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(anchor) = anchor else {
        let _ = web_sys::Url::revoke_object_url(&url);
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has started the download; the URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// The first file chosen in an `<input type="file">`: its name, size in bytes, and a
/// handle to read it.
pub fn chosen_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files().and_then(|list| list.get(0))
}

/// Read a file as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "the browser could not read the file".to_string())?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_string())
}
