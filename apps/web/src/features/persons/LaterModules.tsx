import type { Person } from '@vardflata/contracts';
import { SipSection } from '../sip/SipSection';
// care: care chains
import { WithdrawalSection } from '../hand-overs/WithdrawalSection';
import { PlacementsSection } from '../hand-overs/PlacementsSection';
import { DisclosuresSection } from '../hand-overs/DisclosuresSection';
import { LobSection } from '../hand-overs/LobSection';
// carecircle: care chains
import { InterventionsSection } from '../care-records/InterventionsSection';
import { ReferralsSection } from '../care-records/ReferralsSection';
import { CircleSection } from '../care-records/CircleSection';
import { CasesSection } from '../care-records/CasesSection';
import { CoerciveCareSection } from '../care-records/CoerciveCareSection';
// contacts: visits and contacts (0020-c)
import { ContactsSection } from '../care-records/ContactsSection';

/**
 * Where the later modules attach to the person overview: SIP (F3), with the person's SIPs
 * and "Föreslå SIP". Screening and assessment (F4) has its own section (ScreeningsSection).
 */
export function LaterModules({ person }: { person: Person }) {
  return (
    <>
      <SipSection person={person} />
      {/* care: care chains */}
      <WithdrawalSection person={person} />
      <PlacementsSection person={person} />
      <LobSection person={person} />
      <DisclosuresSection person={person} />
      {/* carecircle: care chains */}
      <InterventionsSection person={person} />
      <ContactsSection person={person} />
      <ReferralsSection person={person} />
      <CircleSection person={person} />
      <CasesSection person={person} />
      <CoerciveCareSection person={person} />
    </>
  );
}
