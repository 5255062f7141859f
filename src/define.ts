/**
 * Registers every apptkit element (skipping tags already defined) and attaches the context root
 * that lets late-upgraded providers reach their consumers. Side effects only; import it once.
 */
import './components/packages/define.js';
import './components/slot-picker/define.js';
import './components/call/define.js';
import './components/checkout/define.js';
import './components/booking/define.js';
import './components/sign-in/define.js';
import './components/my-bookings/define.js';
import './components/credits/define.js';
