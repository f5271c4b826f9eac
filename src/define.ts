/** Registers every LLR element (safely: a second copy of the package on the page does not throw). */
import './elements/provider/define';
import './elements/incentive-card/define';
import './elements/wallet/define';
import './elements/training-incentives/define';
import './elements/wegwijzer/define';
