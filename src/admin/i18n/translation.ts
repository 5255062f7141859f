/**
 * The admin SDK's strings (form labels, help, options, units, error messages), kept apart from
 * the widget's `src/i18n` so that the widget bundle never carries them.
 */
import type { AppointmentPackageInput, AppointmentType, EndMode, EndTiming, OnlineService } from '../../core/package.js';

/** The languages the admin SDK ships. */
export type AdminLanguage = 'en' | 'de' | 'tr' | 'ar';

/** The wire name of a field an admin writes. */
export type PackageInputField = keyof AppointmentPackageInput;

/** The label and help text of one form field. */
export interface FieldText {
  label: string;
  help: string;
}

/** Every admin string in one language. Messages that carry a limit are functions of it. */
export interface AdminTranslation {
  readonly $code: AdminLanguage;
  readonly $dir: 'ltr' | 'rtl';
  /** Label and help of each field, from the product's own description of the package form. */
  fields: Record<PackageInputField, FieldText>;
  appointmentType: Record<AppointmentType, string>;
  service: Record<OnlineService, string>;
  endMode: Record<EndMode, string>;
  endTiming: Record<EndTiming, string>;
  /** Unit names shown next to inputs. */
  units: { minutes: string; minorUnits: string; credits: string; sessions: string };
  /** The form's buttons: save (the seed's "Apply Changes") and leave without saving. */
  actions: { applyChanges: string; cancel: string };
  /** The empty choice of the credits field: not sold for credits. */
  noCredits: string;
  /** Localized field error messages by the error's `code`; the English server message is the fallback. */
  errors: {
    required: string;
    invalidType: string;
    notInteger: string;
    tooSmall: (min: number) => string;
    tooLarge: (max: number) => string;
    invalidOption: string;
    tooShort: (min: number) => string;
    tooLong: (max: number) => string;
    invalidCharacters: string;
    invalidCountry: string;
    invalidCurrency: string;
    /** A service was set on a face-to-face package. */
    notAllowed: string;
    /** A money amount that is not a number, or has more decimals than its currency (`digits`). */
    invalidAmount: (digits: number) => string;
  };
}
