// The hosted pages' only script: passkeys need the browser's WebAuthn API, which no form can call.
// A button with data-passkey="<handler>" asks the page for options (POST ?handler=PasskeyOptions, with the form's
// antiforgery token), lets the browser create or get a credential, and posts it back in its form's "credential" field.
(() => {
  "use strict";
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) return;

  for (const button of document.querySelectorAll("[data-passkey]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const form = button.form;
      const status = form.querySelector("[data-passkey-status]");
      try {
        const body = new FormData(form);
        const reply = await fetch(`${location.pathname}?handler=PasskeyOptions`, { method: "POST", body, credentials: "same-origin" });
        if (!reply.ok) throw new Error("The passkey could not be started; try again.");
        const options = await reply.json();
        const credential = button.dataset.passkey === "create"
          ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
          : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        form.querySelector("input[name=credential]").value = JSON.stringify(credential.toJSON());
        form.submit();
      } catch (error) {
        if (status) status.textContent = error.name === "NotAllowedError" ? "The passkey was not used." : error.message;
      }
    });
  }
})();
