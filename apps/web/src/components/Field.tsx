/**
 * The form kit's fields under their old names, for the forms not yet moved to the kit's
 * `Form` (sign-in and enrolment, register person, emergency access, the log review). New code
 * imports `Form` from './form' (see form/README.md); this file goes once nothing imports it.
 */
export { CheckboxField, ChoiceGroup } from './form/ChoiceGroup';
export { FieldErrorText } from './form/FieldFrame';
export { SelectField, TextAreaField, TextField } from './form/TextFields';
