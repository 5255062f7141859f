// "Sign in with the site's account": this site's backend mints a customer token with the admin
// key (POST /demo/member-token). The widget asks for it again when it expires, through the
// getCustomerToken callback. The token signs in every apptkit element of the page and lasts for
// the tab (sessionStorage).
const elements = () => document.querySelectorAll('.member-aware');
const signIn = document.getElementById('member-sign-in');
const signOut = document.getElementById('member-sign-out');
const status = document.getElementById('member-status');

async function memberToken() {
  const answer = await fetch('/demo/member-token', { method: 'POST' });
  if (!answer.ok) throw new Error(`The site could not sign you in (${answer.status}).`);
  return (await answer.json()).token;
}

signIn.addEventListener('click', async () => {
  signIn.disabled = true;
  try {
    const token = await memberToken();
    for (const element of elements()) {
      element.getCustomerToken = memberToken;
      element.customerToken = token;
    }
    status.textContent = 'Signed in as the site’s demo member.';
    signIn.hidden = true;
    signOut.hidden = false;
  } catch (error) {
    status.textContent = error.message;
  } finally {
    signIn.disabled = false;
  }
});

signOut.addEventListener('click', () => {
  for (const element of elements()) {
    element.getCustomerToken = undefined;
    element.customerToken = '';
  }
  status.textContent = 'Signed out.';
  signOut.hidden = true;
  signIn.hidden = false;
});
