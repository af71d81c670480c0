import type { Person } from '@vardflata/contracts';
import { SipSection } from '../sip/SipSection';
// care: care chains
import { WithdrawalSection } from '../care-chains/WithdrawalSection';
import { PlacementsSection } from '../care-chains/PlacementsSection';
import { DisclosuresSection } from '../care-chains/DisclosuresSection';
import { LobSection } from '../care-chains/LobSection';
// carecircle: care chains
import { InterventionsSection } from '../care-chain/InterventionsSection';
import { ReferralsSection } from '../care-chain/ReferralsSection';
import { CircleSection } from '../care-chain/CircleSection';
import { CasesSection } from '../care-chain/CasesSection';

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
      <ReferralsSection person={person} />
      <CircleSection person={person} />
      <CasesSection person={person} />
    </>
  );
}
